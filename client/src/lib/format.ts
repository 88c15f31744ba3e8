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

/** A calendar date such as "7 Dec 2026", in the given zone (the reader's own when known). */
export function formatDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: safeZone(timeZone) }).format(new Date(iso));
}

/** A date with a time, such as "7 Dec 2026, 14:30 GMT+1". */
export function formatDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: safeZone(timeZone),
  }).format(new Date(iso));
}

function safeZone(timeZone: string | undefined): string | undefined {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : undefined;
}
