import { z } from 'zod';
import { emailSchema, textLine, timeZoneSchema } from './common.schema.js';
import { experienceLevelSchema, passwordSchema, trackSchema, userSchema } from './user.schema.js';

export const registerRequestSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: textLine(80),
  timeZone: timeZoneSchema,
  track: trackSchema.nullable().optional(),
  experienceLevel: experienceLevelSchema.nullable().optional(),
  invitationToken: z
    .string()
    .trim()
    .min(16, { error: 'is incomplete: open the link from the invitation again' })
    .max(128, { error: 'is too long: open the link from the invitation again' })
    .optional(),
});
export type RegisterRequest = z.input<typeof registerRequestSchema>;

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { error: 'is required' }).max(200, { error: 'has at most 200 characters' }),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

/**
 * What open registration answers (202), whether or not the address already has an account, so the answer
 * tells nobody which addresses are registered: the next step is in the e-mail sent to it.
 */
export const confirmationSentSchema = z.object({
  status: z.literal('confirmation_sent'),
  email: z.string().describe('the address the e-mail was sent to'),
});
export type ConfirmationSent = z.output<typeof confirmationSentSchema>;

/** Tells a registration's two successful answers apart: a signed-in account (201) or an e-mail to confirm (202). */
export function isConfirmationSent(result: object): result is ConfirmationSent {
  return 'status' in result && result.status === 'confirmation_sent';
}

export const confirmRegistrationRequestSchema = z.strictObject({
  token: z
    .string()
    .trim()
    .min(16, { error: 'is incomplete: open the link from the e-mail again' })
    .max(128, { error: 'is too long: open the link from the e-mail again' }),
  /** Typed again on the confirm page: whoever holds the link must also know the password that was registered. */
  password: z.string().min(1, { error: 'is required' }).max(200, { error: 'has at most 200 characters' }),
});
export type ConfirmRegistrationRequest = z.input<typeof confirmRegistrationRequestSchema>;

/** Who this browser is signed in as: `user` is null without a valid session (never a 401, so probing stays quiet). */
export const authSessionSchema = z.object({
  user: userSchema.nullable().describe('the signed-in user, or null when the session cookie is missing, expired or unknown'),
});
export type AuthSession = z.infer<typeof authSessionSchema>;
