import type { SessionStatus } from './scheduling.schema.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The rules both the booking pages and the server apply, so a form never offers what the server refuses. */
export const BOOKING_RULES = {
  /** People need a little notice: nothing is proposed or booked sooner than this. */
  minNoticeMinutes: 30,
  /** Nothing is booked further ahead than a year. */
  maxAheadDays: 365,
  /** Proposals start on this grid. */
  slotStepMinutes: 30,
  maxProposals: 12,
  /** Spread proposals over several days rather than offering one afternoon. */
  maxProposalsPerDay: 3,
} as const;

/** Statuses in which a no-show may be recorded (once the session has started). */
export const NO_SHOW_STATUSES: readonly SessionStatus[] = ['scheduled', 'live', 'no_show'];

/** A reason the start time cannot be booked, or null when it can. */
export function startTimeProblem(startsAt: number, now: number): string | null {
  if (startsAt < now + BOOKING_RULES.minNoticeMinutes * MINUTE)
    return `must be at least ${BOOKING_RULES.minNoticeMinutes} minutes from now`;
  if (startsAt > now + BOOKING_RULES.maxAheadDays * DAY) return `must be within ${BOOKING_RULES.maxAheadDays} days from now`;
  return null;
}

/** Someone taking part who has not come this many minutes after the start may be recorded absent, by the check or a person. */
export const NO_SHOW_GRACE_MINUTES = 10;

/** When the grace after a start runs out: the no-show check runs, and people may record a no-show. */
export function noShowCheckAt(startsAt: number): number {
  return startsAt + NO_SHOW_GRACE_MINUTES * MINUTE;
}

export function canRecordNoShow(session: { status: SessionStatus; startsAt: string }, now: number): boolean {
  return noShowCheckAt(Date.parse(session.startsAt)) <= now && NO_SHOW_STATUSES.includes(session.status);
}
