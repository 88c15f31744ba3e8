import {
  FEEDBACK_FIELDS,
  type Competency,
  type FeedbackForm,
  type FeedbackFormRequest,
  type FeedbackKind,
  type ReadinessLevel,
  type Scores,
} from '@rounds/shared';

/** A form as the page edits it: every text present (possibly empty), improvements as lines. */
export interface FeedbackDraft {
  scores: Scores;
  notObserved: Competency[];
  notes: Record<string, string>;
  strengths: string;
  improvements: string[];
  readiness?: ReadinessLevel;
  reflection: string;
  helpfulness?: number;
  comment: string;
}

export function draftFrom(form: FeedbackForm): FeedbackDraft {
  const { content } = form;
  return {
    scores: content.scores ?? {},
    notObserved: content.notObserved ?? [],
    notes: content.notes ?? {},
    strengths: content.strengths ?? '',
    improvements: content.improvements ?? [],
    readiness: content.readiness,
    reflection: content.reflection ?? '',
    helpfulness: content.helpfulness,
    comment: content.comment ?? '',
  };
}

/**
 * The request body for a draft: only the fields of this kind (the server refuses others), blank improvement
 * lines left out (the server refuses empty items), and `about` for the forms that are about someone else.
 */
export function requestFrom(kind: FeedbackKind, draft: FeedbackDraft, about: string): FeedbackFormRequest {
  const all: FeedbackFormRequest = {
    about,
    scores: draft.scores,
    notObserved: draft.notObserved,
    notes: draft.notes,
    strengths: draft.strengths,
    improvements: draft.improvements.filter((line) => line.trim() !== ''),
    readiness: draft.readiness,
    reflection: draft.reflection,
    helpfulness: draft.helpfulness,
    comment: draft.comment,
  };
  return Object.fromEntries(
    Object.entries(all).filter(([field, value]) => value !== undefined && FEEDBACK_FIELDS[kind].includes(field)),
  ) as FeedbackFormRequest;
}

/** The server's message for a field, or for the first entry under it ("improvements.0" → improvements). */
export function problemFor(errors: Partial<Record<string, string>>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([name]) => name.startsWith(`${field}.`))?.[1];
}
