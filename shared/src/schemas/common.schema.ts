import { z } from 'zod';
import { isValidTimeZone } from '../time-zone.js';

export const uuidSchema = z.uuid({ error: 'must be a UUID' });

export const emailSchema = z
  .string({ error: 'an e-mail address is required' })
  .trim()
  .max(254, { error: 'has at most 254 characters' })
  .pipe(z.email({ error: 'must be a valid e-mail address, like name@example.org' }))
  .transform((email) => email.toLowerCase());

export const timeZoneSchema = z
  .string({ error: 'a time zone is required' })
  .max(64, { error: 'has at most 64 characters' })
  .refine(isValidTimeZone, { error: 'must be an IANA time zone, like America/Chicago or Asia/Kolkata' });

/** A trimmed, non-empty line of text with an upper bound, so no field can hold megabytes. */
export function textLine(max: number) {
  return z
    .string({ error: 'is required' })
    .trim()
    .min(1, { error: 'cannot be empty' })
    .max(max, { error: `has at most ${max} characters` });
}

/** Optional free text with an upper bound. */
export function optionalText(max: number) {
  return z.string({ error: 'must be text' }).trim().max(max, { error: `has at most ${max} characters` });
}

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

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
