import { z } from 'zod';
import { reliabilitySchema } from '../matching/reliability.js';
import { availabilitySchema, sessionSchema } from '../scheduling/scheduling.schema.js';
import { sessionFeedbackSchema } from '../feedback/feedback.schema.js';
import { standbyEntrySchema } from '../standby/standby.js';
import { cohortSchema } from '../schemas/cohort.schema.js';
import { emailSchema, isoDateTimeSchema, uuidSchema } from '../schemas/common.schema.js';
import { passwordSchema, userSchema } from '../schemas/user.schema.js';

/** A password typed to prove who you are: checked against the stored hash, so only its size is limited here. */
const passwordProofSchema = z.string().min(1, { error: 'is required' }).max(200, { error: 'has at most 200 characters' });

/** A token from an e-mailed link. */
const linkTokenSchema = z
  .string()
  .trim()
  .min(16, { error: 'is incomplete: open the link from the e-mail again' })
  .max(128, { error: 'is too long: open the link from the e-mail again' });

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: passwordProofSchema,
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.input<typeof changePasswordRequestSchema>;

export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export type PasswordResetRequest = z.input<typeof passwordResetRequestSchema>;

/** The one answer to a reset request, whether or not the address has an account. */
export const passwordResetRequestedSchema = z.object({
  status: z.literal('reset_requested'),
  email: z.string(),
});
export type PasswordResetRequested = z.output<typeof passwordResetRequestedSchema>;

export const resetPasswordRequestSchema = z.strictObject({
  token: linkTokenSchema,
  password: passwordSchema,
});
export type ResetPasswordRequest = z.input<typeof resetPasswordRequestSchema>;

export const deleteAccountRequestSchema = z.strictObject({ password: passwordProofSchema });
export type DeleteAccountRequest = z.input<typeof deleteAccountRequestSchema>;

/** The notes the person wrote in one session's live room, by question id. */
const roomNotesExportSchema = z.object({
  sessionId: uuidSchema,
  notes: z.record(z.string(), z.string()),
});

/** A chat message the person wrote in a session's room. */
const roomChatExportSchema = z.object({ sessionId: uuidSchema, text: z.string(), sentAt: isoDateTimeSchema });

/** Everything Rounds holds about the person asking, as they may see it: no password hash, no tokens. */
export const accountExportSchema = z.object({
  exportedAt: isoDateTimeSchema,
  profile: userSchema,
  memberships: z.array(cohortSchema),
  availability: availabilitySchema,
  sessions: z.array(sessionSchema),
  feedback: z.array(sessionFeedbackSchema),
  roomNotes: z.array(roomNotesExportSchema),
  roomChat: z.array(roomChatExportSchema).describe('the messages the person wrote in room chats, oldest first'),
  standby: z.array(standbyEntrySchema),
  reliability: reliabilitySchema,
});
export type AccountExport = z.output<typeof accountExportSchema>;
