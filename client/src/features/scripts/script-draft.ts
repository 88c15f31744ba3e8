import {
  SCRIPT_MAX_MINUTES,
  SCRIPT_SECTION_LABELS,
  SCRIPT_SECTIONS,
  SCRIPT_TARGET_MINUTES,
  TRACK_PERSONAS,
  type InterviewerMode,
  type Persona,
  type QuestionFamily,
  type QuestionView,
  type RoleCard,
  type ScriptDetail,
  type ScriptInput,
  type ScriptSection,
  type Track,
} from '@rounds/shared';

/** What the builder keeps of a question: enough to list it and time it. */
export interface DraftQuestion {
  id: string;
  prompt: string;
  family: QuestionFamily;
  targetSeconds: number;
  tracks: Track[];
}

export interface DraftSection {
  enabled: boolean;
  /** As typed, so a half-edited number is not snapped back. */
  minutes: string;
  questions: DraftQuestion[];
}

export interface ScriptDraft {
  title: string;
  description: string;
  track: Track;
  persona: Persona;
  sections: Record<ScriptSection, DraftSection>;
  /** Carried through an edit unchanged: the builder does not edit role cards. */
  roleCard?: RoleCard;
  /** Carried through an edit unchanged: a skeptical script stays skeptical. */
  mode?: InterviewerMode;
}

/** A time budget offered when a section is turned on; the interview sections together 28 minutes, inside the 20–30 target (a station runs on its own). */
const SUGGESTED_MINUTES: Record<ScriptSection, number> = {
  opening: 3,
  motivation: 5,
  behavioural: 8,
  knowledge: 5,
  station: 8,
  candidate_questions: 5,
  closing: 2,
};

/** "Opening", "the candidate's questions": a section's name inside a sentence. */
export function sectionPhrase(section: ScriptSection): string {
  return SCRIPT_SECTION_LABELS[section].replace(/^The /, 'the ');
}

/** Most questions a section may hold (the API's limit). */
export const MAX_SECTION_QUESTIONS = 12;

export function toDraftQuestion(question: QuestionView): DraftQuestion {
  return {
    id: question.id,
    prompt: question.prompt,
    family: question.family,
    targetSeconds: question.targetSeconds,
    tracks: question.tracks,
  };
}

export function emptyDraft(track: Track = 'residency_fellowship'): ScriptDraft {
  const off = (section: ScriptSection): DraftSection => ({
    enabled: false,
    minutes: String(SUGGESTED_MINUTES[section]),
    questions: [],
  });
  const sections: Record<ScriptSection, DraftSection> = {
    opening: off('opening'),
    motivation: off('motivation'),
    behavioural: off('behavioural'),
    knowledge: off('knowledge'),
    station: off('station'),
    candidate_questions: off('candidate_questions'),
    closing: off('closing'),
  };
  return { title: '', description: '', track, persona: TRACK_PERSONAS[track][0], sections };
}

export function draftFromScript(script: ScriptDetail): ScriptDraft {
  const draft = emptyDraft(script.track);
  for (const section of script.sections) {
    draft.sections[section.section] = {
      enabled: true,
      minutes: String(section.minutes),
      questions: section.questions.map(toDraftQuestion),
    };
  }
  return {
    ...draft,
    title: script.title,
    description: script.description,
    persona: script.persona,
    ...(script.roleCard && { roleCard: script.roleCard }),
    ...(script.mode && { mode: script.mode }),
  };
}

/** Whole minutes as typed; NaN for an empty or unreadable entry (the schema then says what is wrong). */
export function parseMinutes(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** The live total of the sections that are on, counting only readable positive numbers. */
export function totalMinutes(draft: ScriptDraft): number {
  return SCRIPT_SECTIONS.reduce((sum, section) => {
    const plan = draft.sections[section];
    const minutes = parseMinutes(plan.minutes);
    return plan.enabled && Number.isFinite(minutes) && minutes > 0 ? sum + minutes : sum;
  }, 0);
}

export type TotalStatus = 'empty' | 'short' | 'on-target' | 'long' | 'too-long';

export function totalStatus(total: number): TotalStatus {
  if (total === 0) return 'empty';
  if (total < SCRIPT_TARGET_MINUTES.min) return 'short';
  if (total <= SCRIPT_TARGET_MINUTES.max) return 'on-target';
  if (total <= SCRIPT_MAX_MINUTES) return 'long';
  return 'too-long';
}

/** The sections sent to the API, in SCRIPT_SECTIONS order: index N of `sections` in an error is `sent[N]`. */
export type SentSection = Pick<ScriptInput['sections'][number], 'section' | 'questionIds'>;

export function toScriptInput(draft: ScriptDraft): { body: ScriptInput; sent: SentSection[] } {
  const enabled = SCRIPT_SECTIONS.filter((section) => draft.sections[section].enabled);
  const sections = enabled.map((section) => ({
    section,
    minutes: parseMinutes(draft.sections[section].minutes),
    questionIds: draft.sections[section].questions.map((question) => question.id),
  }));
  return {
    body: {
      title: draft.title,
      description: draft.description,
      track: draft.track,
      persona: draft.persona,
      sections,
      ...(draft.roleCard && { roleCard: draft.roleCard }),
      ...(draft.mode && { mode: draft.mode }),
    },
    sent: sections.map(({ section, questionIds }) => ({ section, questionIds })),
  };
}

/** The section holding a question, if any (each question is asked once per script). */
export function sectionOf(draft: ScriptDraft, questionId: string): ScriptSection | undefined {
  return SCRIPT_SECTIONS.find((section) => draft.sections[section].questions.some((question) => question.id === questionId));
}

export type DraftAction =
  | { type: 'text'; field: 'title' | 'description'; value: string }
  | { type: 'track'; track: Track }
  | { type: 'persona'; persona: Persona }
  | { type: 'toggle'; section: ScriptSection; enabled: boolean }
  | { type: 'minutes'; section: ScriptSection; minutes: string }
  | { type: 'add'; section: ScriptSection; question: DraftQuestion }
  | { type: 'remove'; section: ScriptSection; questionId: string }
  | { type: 'move'; section: ScriptSection; from: number; to: number };

export function draftReducer(draft: ScriptDraft, action: DraftAction): ScriptDraft {
  switch (action.type) {
    case 'text':
      return { ...draft, [action.field]: action.value };
    case 'track': {
      // Keep the persona if it interviews on the new track too; otherwise take the track's first.
      const personas = TRACK_PERSONAS[action.track];
      return { ...draft, track: action.track, persona: personas.includes(draft.persona) ? draft.persona : personas[0] };
    }
    case 'persona':
      return { ...draft, persona: action.persona };
    case 'toggle': {
      const plan = draft.sections[action.section];
      const minutes = action.enabled && plan.minutes.trim() === '' ? String(SUGGESTED_MINUTES[action.section]) : plan.minutes;
      return withSection(draft, action.section, { ...plan, enabled: action.enabled, minutes });
    }
    case 'minutes':
      return withSection(draft, action.section, { ...draft.sections[action.section], minutes: action.minutes });
    case 'add': {
      const plan = draft.sections[action.section];
      if (sectionOf(draft, action.question.id) || plan.questions.length >= MAX_SECTION_QUESTIONS) return draft;
      return withSection(draft, action.section, { ...plan, questions: [...plan.questions, action.question] });
    }
    case 'remove': {
      const plan = draft.sections[action.section];
      return withSection(draft, action.section, {
        ...plan,
        questions: plan.questions.filter((question) => question.id !== action.questionId),
      });
    }
    case 'move': {
      const plan = draft.sections[action.section];
      if (action.to < 0 || action.to >= plan.questions.length) return draft;
      const questions = [...plan.questions];
      const [moved] = questions.splice(action.from, 1);
      questions.splice(action.to, 0, moved);
      return withSection(draft, action.section, { ...plan, questions });
    }
  }
}

function withSection(draft: ScriptDraft, section: ScriptSection, plan: DraftSection): ScriptDraft {
  return { ...draft, sections: { ...draft.sections, [section]: plan } };
}
