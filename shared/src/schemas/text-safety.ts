/**
 * Text PostgreSQL cannot store (NUL) or that is not valid Unicode (an unpaired surrogate). Refused at the
 * edge for every request, so no handler ever passes such a string to the database.
 */
export function unstorableTextProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character, which is not allowed';
  if (!text.isWellFormed()) return 'contains an unpaired surrogate: send valid UTF-8 text';
  return null;
}

/** Paths (like "sections.0.title") of every string inside a JSON value that cannot be stored. */
export function findUnstorableText(value: unknown, path: string[] = []): { field: string; message: string }[] {
  if (typeof value === 'string') {
    const problem = unstorableTextProblem(value);
    return problem ? [{ field: path.join('.') || '(body)', message: problem }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findUnstorableText(item, [...path, String(i)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const keyProblem = unstorableTextProblem(key);
      return keyProblem ? [{ field: [...path, '(key)'].join('.'), message: keyProblem }] : findUnstorableText(item, [...path, key]);
    });
  }
  return [];
}

/** Line breaks and other control characters have no place in a name or title (they reach e-mail headers). */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
