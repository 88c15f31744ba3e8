import { z } from 'zod';
import { PERSONAS } from '../enums.js';
import { isValidTimeZone, normalizeTimeZoneCase } from '../time-zone.js';
import { CONTROL_CHARACTERS } from './text-safety.js';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

/**
 * Plain messages for the mistakes schemas do not word themselves, in the "field + predicate" style of
 * the rest ("probes must be a list"), instead of zod's "Invalid input: expected array, received null".
 */
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      return issue.input === undefined ? 'is required' : `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    }
    if (issue.code === 'invalid_value' && issue.values.length <= 12) {
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    }
    if (issue.code === 'invalid_key') {
      const why = issue.issues[0]?.message;
      return why ? `has an entry whose name ${why}` : 'has an entry under a name it does not take';
    }
    return undefined;
  },
});

export const uuidSchema = z.uuid({ error: 'must be a UUID' });

export const emailSchema = z
  .string()
  .trim()
  .max(254, { error: 'has at most 254 characters' })
  .pipe(z.email({ error: 'must be a valid e-mail address, like name@example.org' }))
  .transform((email) => email.toLowerCase());

export const timeZoneSchema = z
  .string()
  .max(64, { error: 'has at most 64 characters' })
  .refine(isValidTimeZone, { error: 'must be an IANA time zone, like America/Chicago or Asia/Kolkata' })
  // "europe/london" is accepted but stored as listed: "Europe/London".
  .transform(normalizeTimeZoneCase);

/** A trimmed, non-empty line of text with an upper bound, so no field can hold megabytes. */
export function textLine(max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: 'cannot be empty' })
    .max(max, { error: `has at most ${max} characters` })
    .refine((text) => !CONTROL_CHARACTERS.test(text), { error: 'must be a single line without control characters' })
    .refine((text) => /[\p{L}\p{N}]/u.test(text), { error: 'needs at least one letter or digit' });
}

/** Optional free text with an upper bound. */
export function optionalText(max: number) {
  return z
    .string({ error: 'must be text' })
    .trim()
    .max(max, { error: `has at most ${max} characters` })
    .refine((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text), { error: 'contains control characters' });
}

export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'must be a date and time with its offset, like 2026-03-14T09:30:00Z',
});

/** RFC 9457 problem details: the body of every HTTP error. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('one entry per invalid field, for forms to show next to the field'),
});
export type Problem = z.infer<typeof problemSchema>;

/** Which interviewer someone plays or asks for. */
export const personaSchema = z.enum(PERSONAS, { error: `must be one of: ${PERSONAS.join(', ')}` });
