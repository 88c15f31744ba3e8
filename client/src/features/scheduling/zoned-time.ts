import { isValidTimeZone, MINUTE } from '@rounds/shared';

/**
 * Wall-clock helpers for the scheduling pages. Every time a person reads or types is in their
 * profile zone (not the browser's), so each helper takes the zone explicitly. Formatting is en-GB
 * with a 24-hour clock, like the server's own strings ("Tue 10 Mar, 19:00 (America/Chicago)").
 */

const LOCALE = 'en-GB';

export interface WallClock {
  /** "2026-03-10" */
  date: string;
  /** "19:00" */
  time: string;
}

export function zoneOrUtc(zone: string): string {
  return isValidTimeZone(zone) ? zone : 'UTC';
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date and time an instant shows on a clock in `zone`. */
export function wallClock(instant: number | string, zone: string): WallClock {
  const timeZone = zoneOrUtc(zone);
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(toMillis(instant)).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

function toMillis(instant: number | string): number {
  return typeof instant === 'number' ? instant : Date.parse(instant);
}

function format(instant: number | string, zone: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: zoneOrUtc(zone), hourCycle: 'h23', ...options }).format(toMillis(instant));
}

/** "19:00" */
export function timeIn(instant: number | string, zone: string): string {
  return wallClock(instant, zone).time;
}

/** "Tue 10 Mar" */
export function shortDayIn(instant: number | string, zone: string): string {
  return format(instant, zone, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "Tue 10 Mar, 19:00" */
export function shortDateTimeIn(instant: number | string, zone: string): string {
  return `${shortDayIn(instant, zone)}, ${timeIn(instant, zone)}`;
}

/** "Tuesday 10 March" (with the year when it is not this year's). */
export function longDayOf(date: string, today: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: date.slice(0, 4) === today.slice(0, 4) ? undefined : 'numeric',
  }).format(Date.UTC(year, month - 1, day));
}

/** "Mon 9 Mar" for a plain date. */
export function shortDayOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/** The Monday of a date's week, "2026-03-09". */
export function mondayOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  const sinceMonday = (utc.getUTCDay() + 6) % 7;
  utc.setUTCDate(utc.getUTCDate() - sinceMonday);
  return utc.toISOString().slice(0, 10);
}

/** A date some days after another, "2026-03-12". */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** "Tue 10 Mar, 19:00–19:30" in `zone`; the end shows its day too when it falls on another one. */
export function spanIn(startsAt: string, endsAt: string, zone: string): string {
  const start = wallClock(startsAt, zone);
  const end = wallClock(endsAt, zone);
  const endText = end.date === start.date ? end.time : shortDateTimeIn(endsAt, zone);
  return `${shortDateTimeIn(startsAt, zone)}–${endText}`;
}

/** Whole minutes between two instants. */
export function minutesBetween(startsAt: string, endsAt: string): number {
  return Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / MINUTE);
}
