import { fieldLabel, fieldSentence, type FieldError } from '@rounds/shared';
import { ApiError } from './api';

/** The part of a shared zod schema the forms use (kept structural, so the client needs no zod import). */
export interface ValidationSchema {
  safeParse(
    values: unknown,
  ): { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** What a form shows after a failed submit: one message per field, and one for the whole form. */
export interface FormErrors<Field extends string> {
  fields: Partial<Record<Field, string>>;
  form: string | null;
}

export function noFormErrors<Field extends string>(): FormErrors<Field> {
  return { fields: {}, form: null };
}

export const CHECK_FIELDS_MESSAGE = 'Some details need a second look: see the messages below each field.';

/**
 * Checks form values with the same shared schema the server uses, so people see the server's
 * messages before a round trip. Returns null when the values pass.
 */
export function validateWithSchema<Field extends string>(
  schema: ValidationSchema,
  values: unknown,
  fields: readonly Field[],
): FormErrors<Field> | null {
  const result = schema.safeParse(values);
  if (result.success) return null;
  const errors = noFormErrors<Field>();
  const formMessages: string[] = [];
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? '');
    if (isField(name, fields)) errors.fields[name] ??= issue.message;
    else formMessages.push(fieldSentence(fieldLabel(issue.path.map(String).join('.')), issue.message));
  }
  errors.form = formMessages.length > 0 ? formMessages.join(' ') : CHECK_FIELDS_MESSAGE;
  return errors;
}

/**
 * Form errors from a check in the browser that is a shared rule rather than a schema (e.g. what a feedback form needs
 * before it is submitted): each problem beside its field, the lead in the form's alert. Null when nothing is wrong.
 */
export function formErrorsFromProblems(problems: readonly FieldError[], lead: string): FormErrors<string> | null {
  if (problems.length === 0) return null;
  return {
    fields: Object.fromEntries(problems.map((problem) => [problem.field, problem.message])),
    form: `${lead} ${CHECK_FIELDS_MESSAGE}`,
  };
}

/**
 * Turns a failed request into form errors: the server's field errors go next to the fields this
 * form shows; everything else (and the problem's detail) goes to the form-level alert.
 */
export function formErrorsFrom<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  labels: Partial<Record<string, string>> = {},
): FormErrors<Field> {
  if (!(error instanceof ApiError)) {
    return { fields: {}, form: 'Something unexpected went wrong. Please try again.' };
  }
  if (!error.hasFieldErrors) return { fields: {}, form: error.detail };

  const errors = noFormErrors<Field>();
  const elsewhere: string[] = [];
  for (const [name, message] of Object.entries(error.fieldErrors)) {
    if (isField(name, fields)) errors.fields[name] = message;
    else elsewhere.push(fieldErrorSentence(labels[name] ?? fieldLabel(name), message));
  }
  errors.form = elsewhere.length > 0 ? elsewhere.join(' ') : CHECK_FIELDS_MESSAGE;
  return errors;
}

/**
 * The server's messages are predicates ("cannot be empty", "must be an IANA time zone, …");
 * with the field's label in front they read as a sentence: "Display name cannot be empty."
 */
export function fieldErrorSentence(label: string, message: string): string {
  return fieldSentence(label, message);
}

function isField<Field extends string>(name: string, fields: readonly Field[]): name is Field {
  return (fields as readonly string[]).includes(name);
}
