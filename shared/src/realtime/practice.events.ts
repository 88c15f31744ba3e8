import { z } from 'zod';
import { EXPERIENCE_LEVELS, TRACKS } from '../enums.js';
import { isoDateTimeSchema, uuidSchema } from '../schemas/common.schema.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'is required' : `must be one of: ${values.join(', ')}`) });

/** client → server `practice:join`: wait for a peer of this cohort, track and level. */
export const practiceJoinRequestSchema = z.strictObject({
  cohortId: uuidSchema,
  track: oneOf(TRACKS),
  level: oneOf(EXPERIENCE_LEVELS),
});
export type PracticeJoinRequest = z.infer<typeof practiceJoinRequestSchema>;

const positionSchema = z.number().int().min(1).describe('1 = next in line among waiting tickets of the same cohort and track');

export const practiceJoinResultSchema = z.object({
  ticketId: z.uuid(),
  position: positionSchema,
  confirmationNeeded: z
    .boolean()
    .optional()
    .describe('true: you will not be matched until you confirm (`practice:confirm`); position is the place you will then take'),
});
export type PracticeJoinResult = z.infer<typeof practiceJoinResultSchema>;

/** client → server `practice:leave`: cancel the waiting ticket (only that one when `ticketId` is given). */
export const practiceLeaveRequestSchema = z.strictObject({ ticketId: uuidSchema.optional() });
export type PracticeLeaveRequest = z.infer<typeof practiceLeaveRequestSchema>;

/** `cancelledTicketId` is null when nothing was waiting (for instance: the pair was made a moment before). */
export const practiceLeaveResultSchema = z.object({ cancelledTicketId: z.uuid().nullable() });
export type PracticeLeaveResult = z.infer<typeof practiceLeaveResultSchema>;

/** server → client `practice:position`: the waiting ticket's place changed (or on connecting while waiting). */
export const practicePositionSchema = z.object({ ticketId: z.uuid(), position: positionSchema });
export type PracticePosition = z.infer<typeof practicePositionSchema>;

/** server → client `practice:matched`, to both people: the peer session has started; go to its room (`roomPath`). */
export const practiceMatchedSchema = z.object({
  ticketId: z.uuid(),
  sessionId: z.uuid(),
  partner: z.object({ userId: z.uuid(), displayName: z.string(), timeZone: z.string() }),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  joinPath: z
    .string()
    .regex(/^\/sessions\/[0-9a-f-]{36}$/)
    .describe('the session page'),
  roomPath: z
    .string()
    .regex(/^\/sessions\/[0-9a-f-]{36}\/room$/)
    .describe("the session's room (its camera check first): where a person who pressed Practice now goes"),
});
export type PracticeMatched = z.infer<typeof practiceMatchedSchema>;

export const PRACTICE_CANCEL_REASONS = [
  /** the person left (`practice:leave`) */
  'left',
  /** the person's last connection closed */
  'disconnected',
  /** no server saw a connection of theirs for a while (a server stopped without notice) */
  'expired',
  /** they were booked into another session meanwhile */
  'busy',
] as const;
export type PracticeCancelReason = (typeof PRACTICE_CANCEL_REASONS)[number];

/** server → client `practice:cancelled`: the waiting ticket was cancelled (to every tab of that person). */
export const practiceCancelledSchema = z.object({ ticketId: z.uuid(), reason: z.enum(PRACTICE_CANCEL_REASONS) });
export type PracticeCancelled = z.infer<typeof practiceCancelledSchema>;

/** server → client `practice:confirm_needed`: someone with repeated no-shows is matched only once they confirm they are ready. */
export const practiceConfirmNeededSchema = z.object({
  ticketId: z.uuid(),
  missedRecently: z.number().int().min(0).describe('sessions missed without notice in the last 30 days'),
  message: z.string().describe('what to tell the person, in a sentence'),
});
export type PracticeConfirmNeeded = z.infer<typeof practiceConfirmNeededSchema>;

/** client → server `practice:confirm`: I am here and ready: make my waiting ticket matchable. */
export const practiceConfirmRequestSchema = z.strictObject({ ticketId: uuidSchema });
export type PracticeConfirmRequest = z.infer<typeof practiceConfirmRequestSchema>;

export const practiceConfirmResultSchema = z.object({ ticketId: z.uuid(), position: positionSchema });
export type PracticeConfirmResult = z.infer<typeof practiceConfirmResultSchema>;
