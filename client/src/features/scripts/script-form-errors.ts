import { fieldLabel, type ScriptSection } from '@rounds/shared';
import { ApiError } from '../../lib/api';
import { CHECK_FIELDS_MESSAGE, fieldErrorSentence } from '../../lib/form-errors';
import type { SentSection } from './script-draft';

const SCRIPT_FIELDS = ['cohortId', 'title', 'description', 'track', 'persona'] as const;
type ScriptField = (typeof SCRIPT_FIELDS)[number];

export interface SectionErrors {
  minutes?: string;
  /** About the section's question list as a whole, e.g. "has at most 12 questions". */
  questions?: string;
}

/** Where each message of a failed save goes: next to its field, its section, its question, or the whole plan. */
export interface ScriptFormErrors {
  fields: Partial<Record<ScriptField, string>>;
  sections: Partial<Record<ScriptSection, SectionErrors>>;
  /** By question id (a question appears once per script). */
  questions: Record<string, string>;
  /** About the sections together: the total over 60, order, a question asked twice. */
  plan: string | null;
  form: string | null;
}

export function noScriptErrors(): ScriptFormErrors {
  return { fields: {}, sections: {}, questions: {}, plan: null, form: null };
}

export function hasScriptErrors(errors: ScriptFormErrors): boolean {
  return (
    Object.keys(errors.fields).length > 0 ||
    Object.keys(errors.sections).length > 0 ||
    Object.keys(errors.questions).length > 0 ||
    errors.plan !== null
  );
}

/** "The sections add up to 64 minutes: …", "Ask each question only once.", "Turn on at least one section." */
export function planSentence(message: string): string {
  if (/^needs at least one section/.test(message)) return 'Turn on at least one section.';
  const sentence = /^(add|must)\b/.test(message) ? `The sections ${message}` : message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * Sorts field messages such as `{ "sections.2.minutes": "must be at least 1 minute" }` into the builder:
 * `sections.N` is the N-th section sent, which `sent` names.
 */
export function scriptErrorsFromFields(
  byField: Record<string, string>,
  sent: readonly SentSection[],
  detail?: string,
): ScriptFormErrors {
  const errors = noScriptErrors();
  const elsewhere: string[] = [];
  for (const [field, message] of Object.entries(byField)) {
    if ((SCRIPT_FIELDS as readonly string[]).includes(field)) {
      errors.fields[field as ScriptField] ??= message;
      continue;
    }
    if (field === 'sections' || field === '(body)') {
      errors.plan ??= message;
      continue;
    }
    const match = /^sections\.(\d+)(?:\.([A-Za-z]+)(?:\.(\d+))?)?/.exec(field);
    const plan = match ? sent[Number(match[1])] : undefined;
    if (!match || !plan) {
      elsewhere.push(fieldErrorSentence(fieldLabel(field), message));
      continue;
    }
    const [, , part, position] = match;
    const sectionErrors = (errors.sections[plan.section] ??= {});
    if (part === 'minutes') sectionErrors.minutes ??= message;
    else if (part === 'questionIds' && position !== undefined && plan.questionIds[Number(position)]) {
      errors.questions[plan.questionIds[Number(position)]] ??= message;
    } else sectionErrors.questions ??= message;
  }
  const besideFields =
    Object.keys(errors.fields).length + Object.keys(errors.sections).length + Object.keys(errors.questions).length > 0;
  if (besideFields) errors.form = [CHECK_FIELDS_MESSAGE, ...elsewhere].join(' ');
  // Only the plan as a whole is wrong (no field to point at): say what, where the person is.
  else if (errors.plan !== null) errors.form = [planSentence(errors.plan), ...elsewhere].join(' ');
  else if (elsewhere.length > 0) errors.form = elsewhere.join(' ');
  else errors.form = detail ?? null;
  return errors;
}

/** A failed save, sorted into the builder; the problem's detail when the server named no fields. */
export function scriptErrorsFrom(error: unknown, sent: readonly SentSection[]): ScriptFormErrors {
  if (!(error instanceof ApiError)) return { ...noScriptErrors(), form: 'Something unexpected went wrong. Please try again.' };
  return scriptErrorsFromFields(error.fieldErrors, sent, error.detail);
}

/** The shape of a schema failure this module reads (kept structural, so no zod import is needed). */
export interface SchemaIssues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** Schema issues as the server would report them: first message per dotted path. */
export function fieldsFromIssues(error: SchemaIssues): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || '(body)';
    byField[field] ??= issue.message;
  }
  return byField;
}
