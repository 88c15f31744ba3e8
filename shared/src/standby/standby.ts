import { z } from 'zod';
import { TRACKS } from '../enums.js';
import { isoDateTimeSchema, uuidSchema } from '../schemas/common.schema.js';
import { BOOKING_RULES, DAY, MINUTE } from '../scheduling/booking-rules.js';

/**
 * Standby: a candidate says "I can step in between these times"; when a peer session of their cohort and
 * track loses a participant who has not appeared `STANDBY.checkAfterMinutes` after the start, the people on
 * standby for that whole session are offered the seat until `STANDBY.offerMinutes` after the start.
 */
export const STANDBY = {
  /** A window may be at most this long. */
  maxWindowMinutes: 4 * 60,
  /** Windows may start at most this far ahead, as bookings may. */
  maxAheadDays: BOOKING_RULES.maxAheadDays,
  /** When the server checks who has appeared, after the start. */
  checkAfterMinutes: 2,
  /** Offers expire this long after the start. */
  offerMinutes: 5,
  /** At most this many people are offered one seat at once; the first to accept takes it. */
  maxOffersPerSeat: 3,
} as const;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'is required' : `must be one of: ${values.join(', ')}`) });

export const joinStandbyRequestSchema = z.strictObject({
  from: isoDateTimeSchema.describe('when you can start stepping in'),
  to: isoDateTimeSchema.describe(`until when; at most ${STANDBY.maxWindowMinutes / 60} hours after from`),
  track: oneOf(TRACKS),
});
export type JoinStandbyRequest = z.infer<typeof joinStandbyRequestSchema>;

export const standbyEntrySchema = z.object({
  id: uuidSchema,
  cohortId: uuidSchema,
  track: z.enum(TRACKS),
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
  createdAt: isoDateTimeSchema,
});
export type StandbyEntry = z.infer<typeof standbyEntrySchema>;

/** The answer to accepting an offer: you are in the session now. */
export const standbyAcceptedSchema = z.object({
  offerId: uuidSchema,
  sessionId: uuidSchema,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  joinPath: z.string().regex(/^\/sessions\/[0-9a-f-]{36}$/),
});
export type StandbyAccepted = z.infer<typeof standbyAcceptedSchema>;

/** server → client `standby:offer`: a seat in a started peer session is yours if you accept first. */
export const standbyOfferSchema = z.object({
  offerId: uuidSchema,
  sessionId: uuidSchema,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  acceptPath: z.string().regex(/^\/standby-offers\/[0-9a-f-]{36}$/),
});
export type StandbyOffer = z.infer<typeof standbyOfferSchema>;

/** What is wrong with a standby window at `now` ({ field, message }), or null when it is fine. */
export function standbyWindowProblem(from: number, to: number, now: number): { field: 'from' | 'to'; message: string } | null {
  if (from <= now) return { field: 'from', message: 'must be in the future' };
  if (from > now + STANDBY.maxAheadDays * DAY)
    return { field: 'from', message: `must be within ${STANDBY.maxAheadDays} days from now` };
  if (to <= from) return { field: 'to', message: 'must be after from' };
  if (to - from > STANDBY.maxWindowMinutes * MINUTE)
    return { field: 'to', message: `must be at most ${STANDBY.maxWindowMinutes / 60} hours after from` };
  return null;
}
