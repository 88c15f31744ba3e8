import { formatUtcOffset, isValidTimeZone, listTimeZones, normalizeTimeZoneCase } from './time-zone.js';

describe('time zones', () => {
  it.each(['America/Chicago', 'Asia/Kolkata', 'Asia/Calcutta', 'UTC', 'Europe/London'])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(['', 'Mars/Olympus_Mons', 'GMT+5:30:00', 'x'.repeat(65)])('rejects %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });

  it('lists UTC first and every zone once', () => {
    const zones = listTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones).toContain('Africa/Lagos');
  });

  it('formats offsets, including half hours and daylight saving', () => {
    expect(formatUtcOffset('Asia/Kolkata', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+05:30');
    expect(formatUtcOffset('America/Chicago', new Date('2026-01-15T12:00:00Z'))).toBe('UTC-06:00');
    expect(formatUtcOffset('America/Chicago', new Date('2026-07-15T12:00:00Z'))).toBe('UTC-05:00');
    expect(formatUtcOffset('UTC')).toBe('UTC+00:00');
  });
});

describe('normalizeTimeZoneCase', () => {
  it('fixes letter case only, keeping the name people chose', () => {
    expect(normalizeTimeZoneCase('europe/london')).toBe('Europe/London');
    expect(normalizeTimeZoneCase('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(normalizeTimeZoneCase('Asia/Calcutta')).toBe('Asia/Calcutta');
  });
});
