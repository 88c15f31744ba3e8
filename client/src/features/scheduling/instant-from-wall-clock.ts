import { MINUTE, zonedInstant } from '@rounds/shared';
import { wallClock, zoneOrUtc, type WallClock } from './zoned-time';

// Kept apart from zoned-time.ts: the shared zonedInstant brings luxon, which only the pages where people
// type a time need, while zoned-time.ts is part of the first download (the dashboard formats times).

/**
 * The UTC instant of a date and wall-clock time typed in `zone`, as an ISO string for the API.
 * Uses the shared `zonedInstant` and then checks the answer reads back as the time typed: on the
 * day clocks change, that helper can be an hour out, so the difference is corrected here. A time
 * the clocks skip (02:30 when they jump from 02:00 to 03:00) keeps the helper's later time.
 */
export function instantFromWallClock(date: string, time: string, zone: string): string {
  const timeZone = zoneOrUtc(zone);
  const first = zonedInstant(date, time, timeZone);
  const drift = localMinutes({ date, time }) - localMinutes(wallClock(first, timeZone));
  if (drift === 0) return new Date(first).toISOString();
  const corrected = first + drift * MINUTE;
  const readsBack = wallClock(corrected, timeZone);
  return new Date(readsBack.date === date && readsBack.time === time ? corrected : first).toISOString();
}

/** Minutes since the epoch of a wall clock read as if it were UTC: only differences are meaningful. */
function localMinutes({ date, time }: WallClock): number {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return Date.UTC(year, month - 1, day) / MINUTE + hours * 60 + minutes;
}
