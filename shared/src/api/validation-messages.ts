/**
 * How a refused request is put into words for people. The problem's `errors` keep the machine's field paths
 * ("scores.communication", forms place messages by them); every sentence a person reads names the field in
 * words instead ("Communication score is required") and never says a word twice.
 */

/** One invalid field, as in a problem's `errors` list: the path for code, a predicate for people. */
export interface FieldError {
  field: string;
  message: string;
}

/** A zod issue as far as messages need it (structural: the client bundle needs no zod internals). */
interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
}

/** The field of a whole body or payload that is not an object at all. */
export const WHOLE_BODY_FIELD = '(body)';
export const WHOLE_PAYLOAD_FIELD = '(payload)';

/** One error per invalid field, e.g. { field: "timeZone", message: "must be an IANA time zone…" }. */
export function fieldErrorsFromIssues(issues: readonly IssueLike[], prefix = ''): FieldError[] {
  return issues.flatMap((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return (issue.keys ?? []).map((key) => ({
        field: [path, key].filter(Boolean).join('.'),
        message: 'is not a field of this request: remove it',
      }));
    }
    return [{ field: path || WHOLE_BODY_FIELD, message: withoutDoubledWords(issue.message) }];
  });
}

/** Entries of these maps are named after their key and what the map holds: scores.structure → "structure score". */
const KEYED_ENTRY_NAMES: Record<string, (key: string) => string> = {
  scores: (key) => `${words(key)} score`,
  notObserved: (key) => `${words(key)} (marked not observed)`,
  notes: () => 'note on one question',
};

/** Field names whose words alone would read oddly. */
const FIELD_WORDS: Record<string, string> = {
  email: 'e-mail address',
  '(body)': 'the request',
  '(payload)': 'the message',
  q: 'search text',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A field path in words, starting with a capital: "timeZone" → "Time zone", "stations.1.minutes" → "Minutes of
 * station 2", "scores.communication" → "Communication score", "notes.<id>" → "Note on one question".
 */
export function fieldLabel(field: string): string {
  const parts: string[] = [];
  let previous = '';
  for (const segment of field.split('.').filter(Boolean)) {
    const last = parts.length - 1;
    if (/^\d+$/.test(segment) && last >= 0) parts[last] = `${singular(parts[last])} ${Number(segment) + 1}`;
    else if (KEYED_ENTRY_NAMES[previous] && last >= 0) parts[last] = KEYED_ENTRY_NAMES[previous](segment);
    else if (UUID.test(segment) && last >= 0) parts[last] = `one ${singular(parts[last])}`;
    else parts.push(words(segment));
    previous = segment;
  }
  const label = parts.reverse().join(' of ') || 'the request';
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * A field's message as a sentence: messages are predicates ("cannot be empty", "must be an IANA time zone, …"),
 * so with the label in front they read "Display name cannot be empty."; a message that is a sentence of its own
 * (it starts with a capital) is kept as it is.
 */
export function fieldSentence(label: string, message: string): string {
  // Schemas word refusals as lower-case predicates ("lists this candidate twice"); a capital starts a sentence.
  const predicate = /^\p{Ll}/u.test(message);
  const text = withoutDoubledWords(predicate ? `${label} ${message}` : message.charAt(0).toUpperCase() + message.slice(1));
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Every error in words, as one sentence after a lead: "The request body is not valid: Time zone is required; …". */
export function validationDetail(lead: string, errors: readonly FieldError[]): string {
  const clauses = errors.map((error) => fieldSentence(fieldLabel(error.field), error.message).replace(/\.$/, ''));
  return `${lead}: ${clauses.join('; ')}.`;
}

/** "must be must be at least 30 minutes" → "must be at least 30 minutes": a run of up to four words said twice in a row. */
export function withoutDoubledWords(text: string): string {
  return text.replace(/\b([\p{L}\p{N}']+(?:\s+[\p{L}\p{N}']+){0,3})\s+\1\b/giu, '$1');
}

/** "startTime" → "start time", "systems_thinking" → "systems thinking", "cohortId" → "cohort ID". */
function words(segment: string): string {
  if (FIELD_WORDS[segment]) return FIELD_WORDS[segment];
  return segment
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase()
    .replace(/\bids\b/g, 'IDs')
    .replace(/\bid\b/g, 'ID')
    .trim();
}

function singular(noun: string): string {
  if (/ies$/.test(noun)) return noun.replace(/ies$/, 'y');
  if (/[^s]s$/.test(noun)) return noun.slice(0, -1);
  return noun;
}
