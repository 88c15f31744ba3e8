/**
 * IANA time-zone helpers. We accept any name the runtime's ICU data knows (including
 * aliases such as "Asia/Calcutta"), because browsers may report either spelling.
 */
export function isValidTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Canonical zone names for pickers, with UTC first. */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC');
  return ['UTC', ...zones];
}

/** "UTC+05:30"-style offset of a zone at an instant, for labels in pickers and emails. */
export function formatUtcOffset(timeZone: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  const offset = part?.value.replace('GMT', '') ?? '';
  return offset === '' ? 'UTC+00:00' : `UTC${offset}`;
}

/** The listed spelling of a zone typed in another letter case ("europe/london" → "Europe/London"); others unchanged. */
export function normalizeTimeZoneCase(name: string): string {
  const zones = listTimeZones();
  if (zones.includes(name)) return name;
  return zones.find((zone) => zone.toLowerCase() === name.toLowerCase()) ?? name;
}

/** "America/New York": a zone's name as people say it, for pages and e-mails alike. */
export function zoneName(zone: string): string {
  return zone.replaceAll('_', ' ');
}
