import type { z } from 'zod';
import { clientEvents } from '../realtime/events.js';
import { routes } from './routes.js';
import {
  fieldErrorsFromIssues,
  fieldLabel,
  fieldSentence,
  validationDetail,
  withoutDoubledWords,
} from './validation-messages.js';

/** Values wrong for most fields: missing, empty, of another type, far too long. */
const WRONG_LEAVES: unknown[] = [undefined, null, 42, -1, 2.5, '', '   ', 'x', 'x'.repeat(20_000), true, [], {}];
const ANY_UUID = '2f1c7a7e-0c1e-4b7a-9a53-5e8f0b4d2c11';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Wrong inputs for a schema, down into its fields, list items and map entries: each object with one field wrong
 * (the others missing), each list with one wrong item, each map with one wrong entry.
 */
function wrongInputs(schema: z.ZodType, depth = 0): unknown[] {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  if (inner) return wrongInputs(inner, depth);
  if (depth > 3) return WRONG_LEAVES;
  if (def.type === 'union' && def.options) return def.options.flatMap((option) => wrongInputs(option, depth + 1));
  const nested: unknown[] = [];
  if (def.type === 'object' && def.shape) {
    for (const [key, field] of Object.entries(def.shape)) {
      for (const value of wrongInputs(field, depth + 1)) nested.push({ [key]: value });
    }
    nested.push({ notAField: 1 });
  }
  if (def.type === 'array' && def.element) nested.push(...wrongInputs(def.element, depth + 1).map((item) => [item]));
  if (def.type === 'record' && def.valueType) {
    for (const value of wrongInputs(def.valueType, depth + 1)) {
      nested.push({ structure: value }, { [ANY_UUID]: value }, { not_a_key: value });
    }
  }
  return [...WRONG_LEAVES, ...nested];
}

const schemas: [string, z.ZodType][] = [
  ...Object.entries(routes).flatMap(([name, endpoint]) =>
    [
      ['body', (endpoint as { body?: z.ZodType }).body],
      ['query', (endpoint as { query?: z.ZodType }).query],
    ]
      .filter((entry): entry is [string, z.ZodType] => entry[1] !== undefined && name !== 'livekitWebhook')
      .map(([part, schema]): [string, z.ZodType] => [`${name} ${part}`, schema]),
  ),
  // LiveKit's webhooks and call:signal (what the browser's WebRTC stack produced) carry nothing a person typed.
  ...Object.entries(clientEvents)
    .filter(([event]) => event !== 'call:signal')
    .map(([event, { payload }]): [string, z.ZodType] => [`${event} payload`, payload]),
];

const DOUBLED_WORDS = /\b([\p{L}\p{N}']+(?:\s+[\p{L}\p{N}']+){0,3})\s+\1\b/iu;
/** "scores.communication", "stations.0.minutes": a field path, where a person should read words. */
const FIELD_PATH = /\b[A-Za-z_]\w*\.(?!(?:org|com|test)\b)(?:\d+|[A-Za-z_]\w*)\b/;
/** "timeZone", "cohortId": a name from code. */
const CODE_NAME = /\b[a-z]+[A-Z]\w*\b/;
/** zod's own words ("Invalid input", "Invalid ISO datetime"): a schema that does not word its refusal. */
const ZOD_DEFAULT = /\bInvalid\b/;

describe('validation messages across the shared schemas', () => {
  const sentences = new Map<string, string>();
  for (const [name, schema] of schemas) {
    for (const input of wrongInputs(schema)) {
      const result = schema.safeParse(input);
      if (result.success) continue;
      const errors = fieldErrorsFromIssues(result.error.issues);
      sentences.set(validationDetail('The request body is not valid', errors), name);
      for (const error of errors) sentences.set(fieldSentence(fieldLabel(error.field), error.message), name);
    }
  }

  it('finds plenty of refusals to read', () => {
    expect(schemas.length).toBeGreaterThan(40);
    expect(sentences.size).toBeGreaterThan(500);
  });

  it('never says a word twice, names no field path and no name from code', () => {
    const wrong = [...sentences].filter(([sentence]) =>
      [DOUBLED_WORDS, FIELD_PATH, CODE_NAME, ZOD_DEFAULT].some((pattern) => pattern.test(sentence)),
    );
    expect(wrong.slice(0, 40)).toEqual([]);
  });
});

describe('fieldLabel', () => {
  it.each([
    ['timeZone', 'Time zone'],
    ['email', 'E-mail address'],
    ['cohortId', 'Cohort ID'],
    ['scores.communication', 'Communication score'],
    ['scores.systems_thinking', 'Systems thinking score'],
    ['stations.1.minutes', 'Minutes of station 2'],
    ['sections.0.questionIds.2', 'Question ID 3 of section 1'],
    [`notes.${ANY_UUID}`, 'Note on one question'],
    ['(body)', 'The request'],
  ])('%s reads "%s"', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });
});

describe('fieldSentence', () => {
  it('puts the label before a predicate and ends with a full stop', () => {
    expect(fieldSentence('Display name', 'cannot be empty')).toBe('Display name cannot be empty.');
    expect(fieldSentence('Start time', 'Choose a later time')).toBe('Choose a later time.');
    expect(fieldSentence('Candidate ID 2', 'lists this candidate twice')).toBe('Candidate ID 2 lists this candidate twice.');
  });

  it('says "must be" once even when a message repeats it', () => {
    expect(fieldSentence('Start time', 'must be must be at least 30 minutes from now')).toBe(
      'Start time must be at least 30 minutes from now.',
    );
    expect(withoutDoubledWords('is is required')).toBe('is required');
    expect(withoutDoubledWords('from 1 to 5')).toBe('from 1 to 5');
  });
});
