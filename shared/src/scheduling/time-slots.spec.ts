import { expandAvailability, formatInZone, intersect, normalize, slotStarts, subtract, zonedInstant } from './time-slots.js';
import { findOverlappingWindows, type WeeklyWindow } from './weekly-windows.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('zonedInstant', () => {
  it('converts wall-clock time in a zone to UTC, with and without daylight saving', () => {
    expect(iso(zonedInstant('2026-01-13', '18:00', 'America/Chicago'))).toBe('2026-01-14T00:00:00.000Z');
    expect(iso(zonedInstant('2026-07-14', '18:00', 'America/Chicago'))).toBe('2026-07-14T23:00:00.000Z');
    expect(iso(zonedInstant('2026-07-14', '18:00', 'Asia/Kolkata'))).toBe('2026-07-14T12:30:00.000Z');
    expect(iso(zonedInstant('2026-07-14', '24:00', 'UTC'))).toBe('2026-07-15T00:00:00.000Z');
  });

  it('reads the clock correctly on the days clocks change', () => {
    // New York: 8 March 2026 springs forward at 02:00, 1 November 2026 falls back at 02:00.
    expect(iso(zonedInstant('2026-03-08', '18:00', 'America/New_York'))).toBe('2026-03-08T22:00:00.000Z');
    expect(iso(zonedInstant('2026-11-01', '18:00', 'America/New_York'))).toBe('2026-11-01T23:00:00.000Z');
    expect(iso(zonedInstant('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    expect(iso(zonedInstant('2026-03-08', '24:00', 'America/New_York'))).toBe('2026-03-09T04:00:00.000Z');
  });
});

describe('expandAvailability', () => {
  const tuesdayEvenings: WeeklyWindow[] = [{ weekday: 2, start: '18:00', end: '20:00' }];

  it('keeps local times fixed across a daylight-saving change', () => {
    // US clocks spring forward on Sunday 8 March 2026.
    const intervals = expandAvailability(
      tuesdayEvenings,
      [],
      'America/Chicago',
      at('2026-03-01T00:00:00Z'),
      at('2026-03-15T00:00:00Z'),
    );
    expect(intervals.map((i) => iso(i.start))).toEqual(['2026-03-04T00:00:00.000Z', '2026-03-10T23:00:00.000Z']);
    expect(intervals.every((i) => i.end - i.start === 2 * 3600_000)).toBe(true);
  });

  it('drops blocked dates and adds extra windows', () => {
    const intervals = expandAvailability(
      tuesdayEvenings,
      [
        { kind: 'blocked', date: '2026-03-03' },
        { kind: 'extra', date: '2026-03-05', start: '09:00', end: '10:30' },
      ],
      'Europe/London',
      at('2026-03-01T00:00:00Z'),
      at('2026-03-08T00:00:00Z'),
    );
    expect(intervals).toEqual([{ start: at('2026-03-05T09:00:00Z'), end: at('2026-03-05T10:30:00Z') }]);
  });

  it('clips to the requested range', () => {
    const intervals = expandAvailability(tuesdayEvenings, [], 'UTC', at('2026-03-03T19:00:00Z'), at('2026-03-04T00:00:00Z'));
    expect(intervals).toEqual([{ start: at('2026-03-03T19:00:00Z'), end: at('2026-03-03T20:00:00Z') }]);
  });
});

describe('interval arithmetic', () => {
  const i = (start: number, end: number) => ({ start, end });

  it('normalises overlapping and touching intervals', () => {
    expect(normalize([i(5, 7), i(1, 3), i(3, 4), i(6, 9), i(10, 10)])).toEqual([i(1, 4), i(5, 9)]);
  });

  it('intersects two schedules', () => {
    expect(intersect([i(0, 10), i(20, 30)], [i(5, 25)])).toEqual([i(5, 10), i(20, 25)]);
    expect(intersect([i(0, 10)], [i(10, 20)])).toEqual([]);
  });

  it('subtracts busy time', () => {
    expect(subtract([i(0, 100)], [i(10, 20), i(15, 30), i(90, 120)])).toEqual([i(0, 10), i(30, 90)]);
    expect(subtract([i(0, 10)], [i(0, 10)])).toEqual([]);
  });

  it('places slot starts on the grid only where the whole session fits', () => {
    const m = 60_000;
    expect(slotStarts([i(10 * m, 95 * m)], 30, 30)).toEqual([30 * m, 60 * m]);
    expect(slotStarts([i(0, 120 * m)], 30, 30, 2)).toEqual([0, 30 * m]);
  });
});

describe('findOverlappingWindows', () => {
  it('finds overlaps on the same weekday only', () => {
    expect(
      findOverlappingWindows([
        { weekday: 1, start: '09:00', end: '11:00' },
        { weekday: 1, start: '10:30', end: '12:00' },
      ]),
    ).toEqual([0, 1]);
    expect(
      findOverlappingWindows([
        { weekday: 1, start: '09:00', end: '11:00' },
        { weekday: 1, start: '11:00', end: '12:00' },
      ]),
    ).toBeNull();
    expect(
      findOverlappingWindows([
        { weekday: 1, start: '09:00', end: '11:00' },
        { weekday: 2, start: '09:00', end: '11:00' },
      ]),
    ).toBeNull();
  });
});

describe('formatInZone', () => {
  it('shows one instant in each reader’s zone', () => {
    const instant = at('2026-03-11T00:00:00Z');
    expect(formatInZone(instant, 'America/Chicago')).toBe('Tue 10 Mar, 19:00 (America/Chicago)');
    expect(formatInZone(instant, 'Asia/Kolkata')).toBe('Wed 11 Mar, 05:30 (Asia/Kolkata)');
  });
});
