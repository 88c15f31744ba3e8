import type { Persona } from '../../enums.js';
import type { InterviewerMode, QuestionFamily } from '../question.enums.js';
import type { BuiltInScript } from '../question.schema.js';

/**
 * The skeptical interviewer (the mock-interview plan's "peer as a sceptical interviewer" round): harder probes and
 * less warmth, to practise composure. One mechanism for every persona: a script names `mode: 'skeptical'`, and the
 * room's guide then shows this brief for the script's persona and puts the harder probes for the question's family
 * ahead of the question's own. Any script can use it, so a variant is the default script with the mode switched on.
 */
const SKEPTICAL_CONDUCT =
  'Skeptical mode: a neutral face and little small talk, no signal whether an answer landed, one polite interruption of a long answer, and the harder probes first. Stay courteous: the aim is composure under pressure, not hostility. Afterwards, step out of the role and debrief warmly.';

/** How each persona presses when skeptical; the informational professional is left out, since the student leads there. */
export const SKEPTICAL_BRIEFS: Partial<Record<Persona, string>> = {
  program_director:
    'Press on fit and commitment: ask why each reason should convince you, and come back to any claim that could be said of every program.',
  faculty:
    'Press on depth: ask for the evidence behind each claim, where the approach would break down, and what the candidate personally did.',
  fellow:
    'Press on the realities of the job: doubt that the candidate knows what a bad night or a heavy week is like, and ask what they would actually do.',
  informatics_partner:
    'Press on trade-offs and ownership: who signs off, what breaks downstream, and how the candidate would know a change made things worse.',
  hiring_manager:
    'Press on results: numbers, the candidate’s own part as opposed to the team’s, and what happened when something went wrong.',
  panel:
    'Agree beforehand who plays the doubter: that member takes the harder probes and returns once to the weakest answer while the others stay neutral.',
  mmi_station:
    'Challenge the decision: take the opposite side once, and ask the candidate to defend their choice rather than nodding along.',
};

/** Harder follow-ups by question family, asked before the question's own probes. */
export const SKEPTICAL_PROBES: Partial<Record<QuestionFamily, readonly string[]>> = {
  opening: ['Which part of that would you cut if you had half the time?', 'What in that story could only be said about you?'],
  motivation: [
    'Many applicants say that. What in your own record shows it?',
    'What would you do if this turned out not to be what you expected?',
  ],
  behavioural: [
    'What did you personally do, as opposed to the team?',
    'How do you know it was your action that made the difference?',
    'What would the other person in that story say you got wrong?',
  ],
  knowledge: [
    'Where would what you just described break down in practice?',
    'What is the strongest argument against your approach?',
  ],
  healthcare_it: ['What would you do if your first step did not work?', 'How would you know you had made things worse?'],
  img: ['How would you answer a program that sees that as a risk?', 'What have you done about it in the last six months?'],
  closing: ['Which of your questions could the website not have answered?'],
  station: [
    'I disagree with your decision. What would you say to convince me?',
    'What is the strongest argument against what you decided?',
  ],
};

/** What the room's guide adds for a script's mode: the brief for its persona and the harder probes for a family. */
export function interviewerModeGuide(
  mode: InterviewerMode,
  persona: Persona,
  family: QuestionFamily,
): { brief: string; probes: readonly string[] } {
  // One mode today; the switch keeps a second one honest.
  switch (mode) {
    case 'skeptical':
      return {
        brief: [SKEPTICAL_CONDUCT, SKEPTICAL_BRIEFS[persona]].filter(Boolean).join(' '),
        probes: SKEPTICAL_PROBES[family] ?? [],
      };
  }
}

/**
 * A script's skeptical variant, id "track.persona.skeptical": the same slot and scores with the mode on. `sections`
 * (and the `competencies` they inform) replace the questions where a persona's skeptical round is better run on
 * others (a weakness rather than the applicant's own questions).
 */
export function skepticalVariantOf(
  base: BuiltInScript,
  overrides: Pick<Partial<BuiltInScript>, 'sections' | 'competencies'> = {},
): BuiltInScript {
  return {
    ...base,
    id: `${base.track}.${base.persona}.skeptical`,
    title: `${base.title} — skeptical interviewer`,
    description:
      `The same slot played by a skeptical interviewer (harder probes, less warmth), for practising composure under pressure. ${SKEPTICAL_BRIEFS[base.persona] ?? ''}`.trim(),
    mode: 'skeptical',
    competencies: overrides.competencies ?? base.competencies,
    sections: overrides.sections ?? base.sections,
  };
}
