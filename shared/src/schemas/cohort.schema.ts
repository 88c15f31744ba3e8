import { z } from 'zod';
import { emailSchema, isoDateTimeSchema, optionalText, textLine, uuidSchema } from './common.schema.js';
import { memberSchema, roleSchema } from './user.schema.js';

export const createCohortRequestSchema = z.strictObject({
  name: textLine(120),
  description: optionalText(2000).optional(),
});
export type CreateCohortRequest = z.input<typeof createCohortRequestSchema>;

export const cohortSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  description: z.string(),
  createdAt: isoDateTimeSchema,
  myRoles: z.array(roleSchema).describe('the roles the signed-in user holds in this cohort'),
  memberCount: z.number().int(),
});
export type Cohort = z.infer<typeof cohortSchema>;

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export const invitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const createInvitationRequestSchema = z.strictObject({
  email: emailSchema,
  role: roleSchema,
});
export type CreateInvitationRequest = z.input<typeof createInvitationRequestSchema>;

export const invitationSchema = z.object({
  id: uuidSchema,
  cohortId: uuidSchema,
  email: z.string(),
  role: roleSchema,
  status: invitationStatusSchema,
  link: z.string().nullable().describe('the registration link, while the invitation is pending'),
  expiresAt: isoDateTimeSchema,
  createdAt: isoDateTimeSchema,
});
export type Invitation = z.infer<typeof invitationSchema>;

/** What an invitee sees before registering: enough to trust the link, nothing more. */
export const invitationPreviewSchema = z.object({
  cohortName: z.string(),
  email: z.string(),
  role: roleSchema,
  invitedBy: z.string(),
  expiresAt: isoDateTimeSchema,
  accountExists: z.boolean().describe('true when this address already has an account: sign in and accept'),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const cohortDetailSchema = cohortSchema.extend({
  members: z.array(memberSchema),
});
export type CohortDetail = z.infer<typeof cohortDetailSchema>;
