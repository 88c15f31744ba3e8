import { z } from 'zod';
import { accommodationsSchema } from '../accommodations/accommodations.js';
import { reliabilitySchema } from '../matching/reliability.js';
import { EXPERIENCE_LEVELS, ROLES, TRACKS } from '../enums.js';
import { isoDateTimeSchema, optionalText, personaSchema, textLine, timeZoneSchema, uuidSchema } from './common.schema.js';

/** A cleared text field is stored as "not set". */
const emptyToNull = (value: string | null) => (value === '' ? null : value);

export const roleSchema = z.enum(ROLES, { error: `must be one of: ${ROLES.join(', ')}` });
export const trackSchema = z.enum(TRACKS, { error: `must be one of: ${TRACKS.join(', ')}` });
export const experienceLevelSchema = z.enum(EXPERIENCE_LEVELS, {
  error: `must be one of: ${EXPERIENCE_LEVELS.join(', ')}`,
});

export const passwordSchema = z
  .string()
  .min(10, { error: 'needs at least 10 characters' })
  .max(200, { error: 'has at most 200 characters' });

/** The editable part of a profile. */
export const profileFieldsSchema = z.object({
  displayName: textLine(80),
  timeZone: timeZoneSchema,
  track: trackSchema.nullable(),
  experienceLevel: experienceLevelSchema.nullable(),
  specialty: optionalText(120).nullable().transform(emptyToNull),
  bio: optionalText(1000).nullable().transform(emptyToNull),
  interviewerPersonas: z
    .array(personaSchema)
    .max(7)
    .refine((list) => new Set(list).size === list.length, { error: 'lists a persona twice' })
    .describe('mentors: the interviewer roles they can play, e.g. program_director'),
});

export const userSchema = profileFieldsSchema.extend({
  id: uuidSchema,
  email: z.string(),
  roles: z.array(roleSchema),
  accommodations: accommodationsSchema.describe(
    'set by the person or a coordinator of their cohort (PUT /api/users/:userId/accommodations)',
  ),
  createdAt: isoDateTimeSchema,
});
export type User = z.infer<typeof userSchema>;

export const updateProfileRequestSchema = z
  .strictObject(profileFieldsSchema.partial().shape)
  .refine((body) => Object.keys(body).length > 0, { error: 'send at least one field to change' });
export type UpdateProfileRequest = z.input<typeof updateProfileRequestSchema>;

/** A person as other members of a cohort see them: no e-mail unless they coordinate it. */
export const memberSchema = z.object({
  userId: uuidSchema,
  displayName: z.string(),
  email: z.string().nullable(),
  role: roleSchema,
  track: trackSchema.nullable(),
  timeZone: z.string(),
  joinedAt: isoDateTimeSchema,
  reliability: reliabilitySchema
    .optional()
    .describe("how reliably they turn up (no-shows without notice): only the cohort's coordinators receive it"),
  accommodations: accommodationsSchema
    .optional()
    .describe("their accommodations (extra time, audio only …): only the cohort's coordinators receive them, to grant or change"),
});
export type Member = z.infer<typeof memberSchema>;
