import { z } from 'zod';
import { emailSchema, textLine, timeZoneSchema } from './common.schema.js';
import { experienceLevelSchema, passwordSchema, trackSchema } from './user.schema.js';

export const registerRequestSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: textLine('display name', 80),
  timeZone: timeZoneSchema,
  track: trackSchema.optional(),
  experienceLevel: experienceLevelSchema.optional(),
  invitationToken: z
    .string()
    .trim()
    .min(16, { error: 'the invitation token is incomplete: open the link from the invitation again' })
    .max(128, { error: 'the invitation token is too long' })
    .optional(),
});
export type RegisterRequest = z.input<typeof registerRequestSchema>;

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  password: z
    .string({ error: 'a password is required' })
    .min(1, { error: 'a password is required' })
    .max(200, { error: 'a password has at most 200 characters' }),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;
