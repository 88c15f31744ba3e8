import { DateTime } from 'luxon';
import { zoneName } from '../time-zone.js';
import { MINUTE } from './booking-rules.js';
import type { AvailabilityException, WeeklyWindow } from './weekly-windows.js';

/** A half-open span of time [start, end) in epoch milliseconds (UTC). */
export interface Interval {
  start: number;
  end: number;
}

/**
 * The UTC instant of a wall-clock time on a date in a zone, built from the clock reading itself (not by
 * adding minutes to midnight, which drifts by an hour on the day clocks change). "24:00" is the next midnight;
 * a time skipped by a spring-forward jump moves forward with it.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  if (time === '24:00') return DateTime.fromISO(date, { zone: timeZone }).plus({ days: 1 }).startOf('day').toMillis();
  return DateTime.fromISO(`${date}T${time}`, { zone: timeZone }).toMillis();
}

/**
 * Expands weekly windows and exceptions into concrete UTC intervals overlapping [from, to).
 * Each local date is handled in the owner's zone, so 18:00 stays 18:00 across daylight-saving changes.
 */
export function expandAvailability(
  windows: readonly WeeklyWindow[],
  exceptions: readonly AvailabilityException[],
  timeZone: string,
  from: number,
  to: number,
): Interval[] {
  const blocked = new Set(exceptions.filter((e) => e.kind === 'blocked').map((e) => e.date));
  const intervals: Interval[] = [];
  // One day of margin either side: a local day can start up to 14 hours away from UTC midnight.
  let day = DateTime.fromMillis(from, { zone: timeZone }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromMillis(to, { zone: timeZone }).startOf('day').plus({ days: 1 });
  while (day <= last) {
    const date = day.toISODate()!;
    if (!blocked.has(date)) {
      for (const window of windows) {
        if (window.weekday !== day.weekday) continue;
        intervals.push({ start: zonedInstant(date, window.start, timeZone), end: zonedInstant(date, window.end, timeZone) });
      }
    }
    for (const extra of exceptions) {
      if (extra.kind === 'extra' && extra.date === date) {
        intervals.push({ start: zonedInstant(date, extra.start, timeZone), end: zonedInstant(date, extra.end, timeZone) });
      }
    }
    day = day.plus({ days: 1 });
  }
  return clip(normalize(intervals), from, to);
}

/** Sorted, with overlapping or touching intervals merged and empty ones dropped. */
export function normalize(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const previous = merged.at(-1);
    if (previous && interval.start <= previous.end) previous.end = Math.max(previous.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

export function clip(intervals: readonly Interval[], from: number, to: number): Interval[] {
  return intervals.map((i) => ({ start: Math.max(i.start, from), end: Math.min(i.end, to) })).filter((i) => i.end > i.start);
}

/** Times in both lists (each normalised). */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (end > start) result.push({ start, end });
    if (a[i].end < b[j].end) i += 1;
    else j += 1;
  }
  return result;
}

/** Times in `free` not covered by any of `busy`. */
export function subtract(free: readonly Interval[], busy: readonly Interval[]): Interval[] {
  const blockers = normalize(busy);
  const result: Interval[] = [];
  for (const interval of normalize(free)) {
    let cursor = interval.start;
    for (const block of blockers) {
      if (block.end <= cursor || block.start >= interval.end) continue;
      if (block.start > cursor) result.push({ start: cursor, end: block.start });
      cursor = Math.max(cursor, block.end);
    }
    if (cursor < interval.end) result.push({ start: cursor, end: interval.end });
  }
  return result;
}

/**
 * Start times for sessions of `durationMinutes` inside the free intervals, on a grid of `stepMinutes`
 * (aligned to the hour in UTC, so every zone with whole-hour or half-hour offsets sees tidy times).
 */
export function slotStarts(free: readonly Interval[], durationMinutes: number, stepMinutes: number, limit = Infinity): number[] {
  const starts: number[] = [];
  const step = stepMinutes * MINUTE;
  for (const interval of free) {
    let start = Math.ceil(interval.start / step) * step;
    while (start + durationMinutes * MINUTE <= interval.end && starts.length < limit) {
      starts.push(start);
      start += step;
    }
  }
  return starts;
}

/** Formatters are costly to make and an e-mail batch formats thousands of times: one per locale and zone. */
const dayAndTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Tue 3 Mar, 18:00 (America/New York)" — the same instant as each reader sees it. */
export function formatInZone(instant: number | Date, timeZone: string, locale = 'en-GB'): string {
  const key = `${locale} ${timeZone}`;
  let format = dayAndTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dayAndTimeFormats.set(key, format);
  }
  return `${format.format(instant)} (${zoneName(timeZone)})`;
}
