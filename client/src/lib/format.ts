import { formatUtcOffset, isValidTimeZone } from '@rounds/shared';

/** The zone this browser runs in, for defaults; UTC when the runtime reports nothing usable. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/** "America/New York (UTC-05:00)": the zone's name made readable, with its offset today. */
export function timeZoneLabel(zone: string): string {
  const name = zone.replaceAll('_', ' ');
  const offset = formatUtcOffsetSafely(zone);
  return offset ? `${name} (${offset})` : name;
}

/** "UTC+05:30" for a zone the runtime knows; null for one it does not. */
export function formatUtcOffsetSafely(zone: string): string | null {
  return isValidTimeZone(zone) ? formatUtcOffset(zone) : null;
}

/*
 * Every date and time a page shows is in the person's profile zone (their calendar's, not the browser's) and in
 * one format: day before month, 24-hour clock, as the server's e-mails write them.
 */
const LOCALE = 'en-GB';

function formatIn(iso: string, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE, { ...options, hourCycle: 'h23', timeZone: safeZone(timeZone) }).format(new Date(iso));
}

/** "7 Dec 2026" */
export function formatDate(iso: string, timeZone: string): string {
  return formatIn(iso, timeZone, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "7 Dec": a chart's axis. */
export function formatDayMonth(iso: string, timeZone: string): string {
  return formatIn(iso, timeZone, { day: 'numeric', month: 'short' });
}

/** "Mon 7 Dec 2026, 14:30" */
export function formatDateTime(iso: string, timeZone: string): string {
  return `${formatIn(iso, timeZone, { weekday: 'short' })} ${formatDate(iso, timeZone)}, ${timeOfDay(iso, timeZone)}`;
}

/** "14:30": a time of day, for "Saved at …". */
export function timeOfDay(iso: string, timeZone: string): string {
  return formatIn(iso, timeZone, { hour: '2-digit', minute: '2-digit' });
}

function safeZone(timeZone: string): string {
  return isValidTimeZone(timeZone) ? timeZone : 'UTC';
}
