import { scriptInputSchema, type QuestionFamily, type RoleCard, type ScriptDetail, type Track } from '@rounds/shared';
import {
  draftFromScript,
  draftReducer,
  emptyDraft,
  MAX_SECTION_QUESTIONS,
  toScriptInput,
  totalMinutes,
  totalStatus,
  type DraftQuestion,
  type ScriptDraft,
} from './script-draft';
import { fieldsFromIssues, scriptErrorsFromFields } from './script-form-errors';

let questionNumber = 0;
function question(): DraftQuestion {
  questionNumber += 1;
  const id = `00000000-0000-4000-8000-${String(questionNumber).padStart(12, '0')}`;
  return {
    id,
    prompt: `Question ${questionNumber}`,
    family: 'motivation' as QuestionFamily,
    targetSeconds: 120,
    tracks: ['residency_fellowship' as Track],
  };
}

/** A draft with the opening (3 min, one question) and behavioural (8 min, two questions) sections on. */
function plannedDraft(): { draft: ScriptDraft; questions: DraftQuestion[] } {
  const questions = [question(), question(), question()];
  let draft = draftReducer(emptyDraft(), { type: 'text', field: 'title', value: 'Programme director, round one' });
  // Turned on in reverse order: the request still lists sections in the script's own order.
  draft = draftReducer(draft, { type: 'toggle', section: 'behavioural', enabled: true });
  draft = draftReducer(draft, { type: 'toggle', section: 'opening', enabled: true });
  draft = draftReducer(draft, { type: 'add', section: 'opening', question: questions[0] });
  draft = draftReducer(draft, { type: 'add', section: 'behavioural', question: questions[1] });
  draft = draftReducer(draft, { type: 'add', section: 'behavioural', question: questions[2] });
  return { draft, questions };
}

describe('toScriptInput', () => {
  it('sends the sections that are on, in script order, with their minutes and question ids', () => {
    const { draft, questions } = plannedDraft();
    const { body, sent } = toScriptInput(draft);
    expect(body.sections).toEqual([
      { section: 'opening', minutes: 3, questionIds: [questions[0].id] },
      { section: 'behavioural', minutes: 8, questionIds: [questions[1].id, questions[2].id] },
    ]);
    expect(sent).toEqual(body.sections.map(({ section, questionIds }) => ({ section, questionIds })));
    expect(scriptInputSchema.safeParse(body).success).toBe(true);
  });

  it('round-trips a saved script, role card and skeptical mode included', () => {
    const { draft } = plannedDraft();
    const roleCard: RoleCard = {
      role: 'A programme director interviewing for a residency.',
      background: ['Trained at a teaching hospital.'],
      timekeeping: 'Keep each answer to two minutes.',
    };
    const { body } = toScriptInput({ ...draft, roleCard, mode: 'skeptical' });
    expect(scriptInputSchema.safeParse(body).success).toBe(true);
    const saved = {
      ...body,
      sections: body.sections.map((section) => ({
        ...section,
        questions: section.questionIds.map((id) => ({ ...draft.sections[section.section].questions.find((q) => q.id === id) })),
      })),
    } as unknown as ScriptDetail;
    const again = draftFromScript(saved);
    expect(toScriptInput(again).body).toEqual(body);
    expect(again.roleCard).toEqual(roleCard);
    expect(again.mode).toBe('skeptical');
    expect(again.sections.knowledge.enabled).toBe(false);
  });

  it('sends an unreadable minutes entry as NaN, which the shared schema refuses on that section', () => {
    const { draft } = plannedDraft();
    const edited = draftReducer(draft, { type: 'minutes', section: 'behavioural', minutes: '' });
    const { body, sent } = toScriptInput(edited);
    const result = scriptInputSchema.safeParse(body);
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = scriptErrorsFromFields(fieldsFromIssues(result.error), sent);
    expect(errors.sections.behavioural?.minutes).toBeDefined();
    expect(errors.sections.opening).toBeUndefined();
  });

  it('puts a message about sections.N.questionIds.M on the question that was sent there', () => {
    const { draft, questions } = plannedDraft();
    const { sent } = toScriptInput(draft);
    const errors = scriptErrorsFromFields({ 'sections.1.questionIds.1': 'is retired' }, sent);
    expect(errors.questions).toEqual({ [questions[2].id]: 'is retired' });
  });
});

describe('totals', () => {
  it('counts only sections that are on and have readable minutes', () => {
    const { draft } = plannedDraft();
    expect(totalMinutes(draft)).toBe(11);
    expect(totalMinutes(draftReducer(draft, { type: 'minutes', section: 'opening', minutes: 'soon' }))).toBe(8);
    expect(totalMinutes(draftReducer(draft, { type: 'toggle', section: 'behavioural', enabled: false }))).toBe(3);
  });

  it('grades the total against the 20–30 minute target and the 60 minute limit', () => {
    expect([0, 11, 20, 30, 31, 60, 61].map(totalStatus)).toEqual([
      'empty',
      'short',
      'on-target',
      'on-target',
      'long',
      'long',
      'too-long',
    ]);
  });
});

describe('draftReducer', () => {
  it('keeps the persona when the new track has it, and takes the track’s first otherwise', () => {
    const draft = draftReducer(emptyDraft('residency_fellowship'), { type: 'persona', persona: 'faculty' });
    expect(draftReducer(draft, { type: 'track', track: 'healthcare_job' }).persona).toBe('hiring_manager');
    expect(draftReducer(draft, { type: 'track', track: 'residency_fellowship' }).persona).toBe('faculty');
  });

  it('asks each question once per script and at most the API limit per section', () => {
    const { draft, questions } = plannedDraft();
    expect(draftReducer(draft, { type: 'add', section: 'closing', question: questions[0] })).toBe(draft);
    let full = draftReducer(draft, { type: 'toggle', section: 'knowledge', enabled: true });
    for (let count = 0; count < MAX_SECTION_QUESTIONS + 2; count += 1) {
      full = draftReducer(full, { type: 'add', section: 'knowledge', question: question() });
    }
    expect(full.sections.knowledge.questions).toHaveLength(MAX_SECTION_QUESTIONS);
  });

  it('moves a question within its section and ignores a move past either end', () => {
    const { draft, questions } = plannedDraft();
    const moved = draftReducer(draft, { type: 'move', section: 'behavioural', from: 1, to: 0 });
    expect(moved.sections.behavioural.questions.map((q) => q.id)).toEqual([questions[2].id, questions[1].id]);
    expect(draftReducer(draft, { type: 'move', section: 'behavioural', from: 1, to: 2 })).toBe(draft);
  });

  it('offers the suggested minutes again when a cleared section is turned back on', () => {
    const { draft } = plannedDraft();
    let edited = draftReducer(draft, { type: 'minutes', section: 'opening', minutes: '' });
    edited = draftReducer(edited, { type: 'toggle', section: 'opening', enabled: false });
    edited = draftReducer(edited, { type: 'toggle', section: 'opening', enabled: true });
    expect(edited.sections.opening.minutes).toBe('3');
  });
});
