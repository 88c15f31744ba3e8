import { z } from 'zod';
import { DAY } from '../scheduling/booking-rules.js';

/**
 * How reliably a person turns up, from their recent record: the sessions they were due at that have
 * started. A session that was cancelled is not in the record at all (cancelling is notice, not a miss);
 * a participant marked as a no-show (`session_participants.no_show`) on a session that was not cancelled
 * is a miss; every other such session counts as attended.
 *
 * - The score looks at the last `RELIABILITY.window` sessions, plus `RELIABILITY.priorAttended` sessions
 *   that everyone is assumed to have attended: a newcomer starts at 1 and one early miss does not sink them.
 * - "Repeated no-shows" is `RELIABILITY.repeatedMisses` or more misses within `RELIABILITY.recentDays`
 *   days, whatever the score: that person confirms before practice now pairs them.
 * - Otherwise a score under `RELIABILITY.reliableFrom` reads "missed some sessions".
 */
export const RELIABILITY = {
  window: 10,
  priorAttended: 2,
  reliableFrom: 0.8,
  repeatedMisses: 2,
  recentDays: 30,
} as const;

export const RELIABILITY_STANDINGS = ['reliable', 'some_missed', 'repeated_no_shows'] as const;
export type ReliabilityStanding = (typeof RELIABILITY_STANDINGS)[number];

/** What a coordinator reads beside the standing (text, never colour alone). */
export const RELIABILITY_STANDING_LABELS: Record<ReliabilityStanding, string> = {
  reliable: 'Reliable',
  some_missed: 'Missed some sessions',
  repeated_no_shows: 'Repeated no-shows',
};

/** Lower ranks are matched first by practice now; the order of RELIABILITY_STANDINGS. */
export function standingRank(standing: ReliabilityStanding): number {
  return RELIABILITY_STANDINGS.indexOf(standing);
}

/** One session in a person's record. */
export interface AttendanceRecord {
  /** When the session started (epoch ms). */
  startsAt: number;
  /** Missed without notice. */
  missed: boolean;
}

export const reliabilitySchema = z.object({
  standing: z.enum(RELIABILITY_STANDINGS),
  score: z.number().min(0).max(1).describe('attended / due over the last sessions, with a prior of sessions attended'),
  sessionsCounted: z
    .number()
    .int()
    .min(0)
    .describe(`how many of the last ${RELIABILITY.window} sessions due went into the score`),
  missedCounted: z.number().int().min(0).describe('of those, how many were missed without notice'),
  missedRecently: z.number().int().min(0).describe(`sessions missed without notice in the last ${RELIABILITY.recentDays} days`),
});
export type Reliability = z.infer<typeof reliabilitySchema>;

/**
 * The score and standing of a person at `now`, from their record (any order; sessions that have not
 * started by `now` are ignored).
 */
export function assessReliability(record: readonly AttendanceRecord[], now: number): Reliability {
  const started = record.filter((r) => r.startsAt <= now).sort((a, b) => b.startsAt - a.startsAt);
  const counted = started.slice(0, RELIABILITY.window);
  const missedCounted = counted.filter((r) => r.missed).length;
  const recentSince = now - RELIABILITY.recentDays * DAY;
  const missedRecently = started.filter((r) => r.missed && r.startsAt >= recentSince).length;
  const attended = counted.length - missedCounted;
  const score = (attended + RELIABILITY.priorAttended) / (counted.length + RELIABILITY.priorAttended);
  const standing: ReliabilityStanding =
    missedRecently >= RELIABILITY.repeatedMisses
      ? 'repeated_no_shows'
      : score >= RELIABILITY.reliableFrom
        ? 'reliable'
        : 'some_missed';
  return { standing, score: Math.round(score * 100) / 100, sessionsCounted: counted.length, missedCounted, missedRecently };
}
