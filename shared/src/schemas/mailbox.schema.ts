import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from './common.schema.js';

/** One outbox message as the development mailbox shows it. */
export const mailboxMessageSchema = z.object({
  id: uuidSchema,
  kind: z
    .string()
    .describe('what caused it, e.g. cohort-invitation, session-booked, session-rescheduled, session-cancelled, session-reminder'),
  to: z.string().describe('the recipient address'),
  subject: z.string(),
  text: z.string().describe('the plain-text body'),
  hasInvite: z.boolean().describe('whether a calendar invite (.ics) goes with it'),
  createdAt: isoDateTimeSchema,
  sentAt: isoDateTimeSchema.nullable().describe('when the SMTP server accepted it; null while it waits in the outbox'),
  attempts: z.number().int().describe('delivery attempts so far'),
  lastError: z.string().nullable().describe('why the last attempt failed'),
  failedAt: isoDateTimeSchema.nullable().describe('when delivery gave up after the last allowed attempt'),
});
export type MailboxMessage = z.infer<typeof mailboxMessageSchema>;

export const devMailboxSchema = z.object({
  delivery: z
    .enum(['smtp', 'outbox-only'])
    .describe('smtp: messages are sent through SMTP_URL; outbox-only: SMTP_URL is not set and messages never leave the server'),
  messages: z.array(mailboxMessageSchema).describe('the latest 100 messages, newest first'),
});
export type DevMailbox = z.infer<typeof devMailboxSchema>;
