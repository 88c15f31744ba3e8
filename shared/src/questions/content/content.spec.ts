import { TRACK_LEVEL_LABELS, TRACK_LEVELS, TRACK_PERSONAS, TRACKS, type Persona, type Track } from '../../enums.js';
import { QUESTION_FAMILIES, SCRIPT_SECTIONS, SCRIPT_TARGET_MINUTES, SECTION_FAMILIES } from '../question.enums.js';
import { builtInQuestionSchema, builtInScriptSchema, levelExpectationsFor, type BuiltInQuestion } from '../question.schema.js';
import { BUILT_IN_QUESTIONS } from './questions.js';
import { BUILT_IN_SCRIPTS } from './scripts.js';

/**
 * Content checks for the built-in question bank and default scripts. Every test collects readable
 * problems and asserts the list is empty, so a failure names the offending question or script.
 */

const MIN_QUESTIONS = 60;
const MIN_INFORMATIONAL_QUESTIONS = 10;
/** A realistic pace for a script, in minutes per question including follow-up probes. */
const MINUTES_PER_QUESTION = { min: 1.5, max: 3.5 } as const;
/** The most of a section's minutes its answers' target times may fill; the rest is for asking and probing. */
const MAX_ANSWER_SHARE_OF_SECTION = 0.8;
/** Residency personas that must have a variant script for international medical graduates. */
const IMG_VARIANT_PERSONAS: readonly Persona[] = ['program_director', 'faculty', 'fellow'];

/** A default script is keyed "track.persona"; a variant adds ".name". */
const isDefault = (script: { id: string; track: Track; persona: Persona }) => script.id === `${script.track}.${script.persona}`;

const trackPersonaPairs: { track: Track; persona: Persona }[] = TRACKS.flatMap((track) =>
  TRACK_PERSONAS[track].map((persona) => ({ track, persona })),
);

const questionsById = new Map<string, BuiltInQuestion>(BUILT_IN_QUESTIONS.map((q) => [q.id, q]));

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) dupes.add(value);
    seen.add(value);
  }
  return [...dupes];
}

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string {
  return (result.error?.issues ?? [])
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'} ${issue.message}`)
    .join('; ');
}

describe('built-in questions', () => {
  it('every question passes builtInQuestionSchema', () => {
    const problems = BUILT_IN_QUESTIONS.flatMap((question, index) => {
      const result = builtInQuestionSchema.safeParse(question);
      return result.success ? [] : [`question #${index} (${String(question.id)}): ${issuesOf(result)}`];
    });
    expect(problems).toEqual([]);
  });

  it(`has at least ${MIN_QUESTIONS} questions`, () => {
    const problems =
      BUILT_IN_QUESTIONS.length >= MIN_QUESTIONS
        ? []
        : [`only ${BUILT_IN_QUESTIONS.length} questions; need at least ${MIN_QUESTIONS}`];
    expect(problems).toEqual([]);
  });

  it('has unique ids and unique prompts', () => {
    const problems = [
      ...duplicates(BUILT_IN_QUESTIONS.map((q) => q.id)).map((id) => `duplicate question id "${id}"`),
      ...duplicates(BUILT_IN_QUESTIONS.map((q) => q.prompt.trim().toLowerCase().replace(/\s+/g, ' '))).map(
        (prompt) => `duplicate prompt "${prompt}"`,
      ),
    ];
    expect(problems).toEqual([]);
  });

  it('prefixes every id with its family', () => {
    const problems = BUILT_IN_QUESTIONS.filter((q) => !q.id.startsWith(`${q.family}.`)).map(
      (q) => `question "${q.id}" has family "${q.family}" but its id does not start with "${q.family}."`,
    );
    expect(problems).toEqual([]);
  });

  it('covers every family and every track', () => {
    const problems = [
      ...QUESTION_FAMILIES.filter((family) => !BUILT_IN_QUESTIONS.some((q) => q.family === family)).map(
        (family) => `no question in family "${family}"`,
      ),
      ...TRACKS.filter((track) => !BUILT_IN_QUESTIONS.some((q) => q.tracks.includes(track))).map(
        (track) => `no question for track "${track}"`,
      ),
    ];
    const informational = BUILT_IN_QUESTIONS.filter((q) => q.family === 'informational').length;
    if (informational < MIN_INFORMATIONAL_QUESTIONS) {
      problems.push(`only ${informational} informational questions; need at least ${MIN_INFORMATIONAL_QUESTIONS}`);
    }
    expect(problems).toEqual([]);
  });

  it('lists only personas that interview on the question’s tracks, and at least one for each track', () => {
    const problems = BUILT_IN_QUESTIONS.flatMap((q) => [
      ...q.personas
        .filter((persona) => !q.tracks.some((track) => TRACK_PERSONAS[track].includes(persona)))
        .map(
          (persona) =>
            `question "${q.id}": persona "${persona}" does not interview on any of its tracks (${q.tracks.join(', ')})`,
        ),
      ...q.tracks
        .filter((track) => !q.personas.some((persona) => TRACK_PERSONAS[track].includes(persona)))
        .map((track) => `question "${q.id}": lists track "${track}" but none of that track's personas`),
    ]);
    expect(problems).toEqual([]);
  });

  it('keeps per-track expectations to the question’s own tracks, and splits them when a question serves several', () => {
    const problems = BUILT_IN_QUESTIONS.flatMap((q) => [
      ...Object.keys(q.levelExpectationsByTrack ?? {})
        .filter((track) => !q.tracks.includes(track as Track))
        .map((track) => `question "${q.id}": has level expectations for track "${track}", which it does not serve`),
      // One shared set would describe a medical student and an entry-level analyst in the same words.
      ...(q.tracks.length > 1 && Object.keys(q.levelExpectations).length > 0
        ? [`question "${q.id}" serves ${q.tracks.join(' and ')}: put its level expectations in levelExpectationsByTrack`]
        : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('names the standard or rule every knowledge question rests on, so a reviewer can check it', () => {
    const problems = BUILT_IN_QUESTIONS.filter((q) => q.family === 'knowledge' && !q.basis?.trim()).map(
      (q) => `knowledge question "${q.id}" has no basis (the standard or rule it rests on)`,
    );
    expect(problems).toEqual([]);
  });

  it('frames every behavioural question with STAR, and every mistake question with the system change', () => {
    const problems = [
      ...BUILT_IN_QUESTIONS.filter((q) => q.family === 'behavioural' && !/\bSTAR\b/.test(q.frameworkHint)).map(
        (q) => `behavioural question "${q.id}": frameworkHint does not mention STAR`,
      ),
      ...BUILT_IN_QUESTIONS.filter((q) => q.id.includes('mistake') && !/system/i.test(q.frameworkHint)).map(
        (q) => `mistake question "${q.id}": frameworkHint does not ask what changed in the system`,
      ),
    ];
    expect(problems).toEqual([]);
  });
});

describe('built-in scripts', () => {
  it('has exactly one default script per track × persona, with id "track.persona"; variants add a suffix', () => {
    const problems = trackPersonaPairs.flatMap(({ track, persona }) =>
      BUILT_IN_SCRIPTS.some((s) => s.track === track && s.persona === persona && isDefault(s))
        ? []
        : [`no default script "${track}.${persona}" for ${track} × ${persona}`],
    );
    problems.push(
      ...BUILT_IN_SCRIPTS.filter((s) => !isDefault(s) && !s.id.startsWith(`${s.track}.${s.persona}.`)).map(
        (s) =>
          `script "${s.id}" is for ${s.track} × ${s.persona}; its id must be "${s.track}.${s.persona}" or "${s.track}.${s.persona}.<variant>"`,
      ),
    );
    problems.push(
      ...BUILT_IN_SCRIPTS.filter((s) => !TRACK_PERSONAS[s.track]?.includes(s.persona)).map(
        (s) => `script "${s.id}": persona "${s.persona}" does not interview on track "${s.track}"`,
      ),
      ...duplicates(BUILT_IN_SCRIPTS.map((s) => s.id)).map((id) => `duplicate script id "${id}"`),
    );
    expect(problems).toEqual([]);
  });

  it('every script passes builtInScriptSchema', () => {
    const problems = BUILT_IN_SCRIPTS.flatMap((script, index) => {
      const result = builtInScriptSchema.safeParse(script);
      return result.success ? [] : [`script #${index} (${String(script.id)}): ${issuesOf(result)}`];
    });
    expect(problems).toEqual([]);
  });

  it(`keeps every script within ${SCRIPT_TARGET_MINUTES.min}–${SCRIPT_TARGET_MINUTES.max} minutes at a realistic pace`, () => {
    const problems = BUILT_IN_SCRIPTS.flatMap((script) => {
      const total = script.sections.reduce((sum, s) => sum + s.minutes, 0);
      const questions = script.sections.reduce((sum, s) => sum + s.questionIds.length, 0);
      const found: string[] = [];
      if (total < SCRIPT_TARGET_MINUTES.min || total > SCRIPT_TARGET_MINUTES.max) {
        found.push(
          `script "${script.id}" totals ${total} minutes; must be ${SCRIPT_TARGET_MINUTES.min}–${SCRIPT_TARGET_MINUTES.max}`,
        );
      }
      const pace = questions === 0 ? Infinity : total / questions;
      if (pace < MINUTES_PER_QUESTION.min || pace > MINUTES_PER_QUESTION.max) {
        found.push(
          `script "${script.id}" has ${questions} questions in ${total} minutes (${pace.toFixed(1)} min each); expected ${MINUTES_PER_QUESTION.min}–${MINUTES_PER_QUESTION.max}`,
        );
      }
      for (const section of script.sections) {
        if (section.questionIds.length === 0) found.push(`script "${script.id}": section "${section.section}" has no questions`);
        if (section.minutes < section.questionIds.length) {
          found.push(
            `script "${script.id}": section "${section.section}" has ${section.questionIds.length} questions in ${section.minutes} minutes`,
          );
        }
        const answerSeconds = section.questionIds.reduce((sum, id) => sum + (questionsById.get(id)?.targetSeconds ?? 0), 0);
        if (answerSeconds > section.minutes * 60 * MAX_ANSWER_SHARE_OF_SECTION) {
          found.push(
            `script "${script.id}": section "${section.section}" holds ${(answerSeconds / 60).toFixed(1)} minutes of target answers in ${section.minutes} minutes; leave at least ${Math.round((1 - MAX_ANSWER_SHARE_OF_SECTION) * 100)}% for asking and probes`,
          );
        }
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('keeps sections in SCRIPT_SECTIONS order without repeats', () => {
    const problems = BUILT_IN_SCRIPTS.flatMap((script) => {
      const order = script.sections.map((s) => SCRIPT_SECTIONS.indexOf(s.section));
      const inOrder = order.every((position, i) => position >= 0 && (i === 0 || position > order[i - 1]));
      return inOrder
        ? []
        : [
            `script "${script.id}": sections ${script.sections.map((s) => s.section).join(' → ')} are not in the order ${SCRIPT_SECTIONS.join(' → ')}`,
          ];
    });
    expect(problems).toEqual([]);
  });

  it('references only known questions that list the script’s track and persona, in a fitting section', () => {
    const problems = BUILT_IN_SCRIPTS.flatMap((script) => {
      const found: string[] = [];
      const ids = script.sections.flatMap((s) => s.questionIds);
      for (const id of duplicates(ids)) found.push(`script "${script.id}": question "${id}" appears more than once`);
      for (const section of script.sections) {
        for (const id of section.questionIds) {
          const question = questionsById.get(id);
          if (!question) {
            found.push(`script "${script.id}": unknown question id "${id}"`);
            continue;
          }
          if (!question.tracks.includes(script.track)) {
            found.push(`script "${script.id}": question "${id}" does not list track "${script.track}"`);
          }
          if (!question.personas.includes(script.persona)) {
            found.push(`script "${script.id}": question "${id}" does not list persona "${script.persona}"`);
          }
          if (!SECTION_FAMILIES[section.section].includes(question.family)) {
            const fitting = SCRIPT_SECTIONS.filter((candidate) => SECTION_FAMILIES[candidate].includes(question.family));
            found.push(
              `script "${script.id}": ${question.family} question "${id}" is in section "${section.section}"; expected ${fitting.join(' or ')}`,
            );
          }
        }
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('gives every question in a built-in script an expectation for each level its track uses', () => {
    const problems = BUILT_IN_SCRIPTS.flatMap((script) =>
      script.sections.flatMap((section) =>
        section.questionIds.flatMap((id) => {
          const question = questionsById.get(id);
          if (!question) return [];
          const expectations = levelExpectationsFor(question, script.track);
          const missing = TRACK_LEVELS[script.track].filter((level) => !expectations[level]);
          return missing.length === 0
            ? []
            : [
                `script "${script.id}": question "${id}" has no expectation for ${missing.map((level) => TRACK_LEVEL_LABELS[script.track][level]).join(', ')} (${script.track})`,
              ];
        }),
      ),
    );
    expect([...new Set(problems)]).toEqual([]);
  });

  it('offers an IMG variant for the residency personas that places every IMG question', () => {
    const problems = IMG_VARIANT_PERSONAS.filter(
      (persona) => !BUILT_IN_SCRIPTS.some((s) => s.id === `residency_fellowship.${persona}.img`),
    ).map((persona) => `no IMG variant "residency_fellowship.${persona}.img"`);
    const placed = new Set(BUILT_IN_SCRIPTS.flatMap((s) => s.sections.flatMap((section) => section.questionIds)));
    problems.push(
      ...BUILT_IN_QUESTIONS.filter((q) => q.family === 'img' && !placed.has(q.id)).map(
        (q) => `IMG question "${q.id}" is in no script`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('gives the informational script a role card for the peer who plays the professional', () => {
    const informational = BUILT_IN_SCRIPTS.filter((s) => s.track === 'informational');
    const problems = informational.filter((s) => !s.roleCard).map((s) => `script "${s.id}" has no role card`);
    expect(informational.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
