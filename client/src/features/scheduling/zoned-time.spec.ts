import {
  addDays,
  longDayOf,
  minutesBetween,
  mondayOf,
  shortDateTimeIn,
  spanIn,
  timeIn,
  wallClock,
  zoneOrUtc,
} from './zoned-time';
import { instantFromWallClock } from './instant-from-wall-clock';

// 2026 clock changes: New York springs forward on 8 March (02:00 EST → 03:00 EDT, 07:00 UTC);
// London falls back on 25 October (02:00 BST → 01:00 GMT, 01:00 UTC).

describe('wallClock', () => {
  it('jumps from 01:59 to 03:00 when New York springs forward', () => {
    expect(wallClock('2026-03-08T06:59:00Z', 'America/New_York')).toEqual({ date: '2026-03-08', time: '01:59' });
    expect(wallClock('2026-03-08T07:00:00Z', 'America/New_York')).toEqual({ date: '2026-03-08', time: '03:00' });
  });

  it('reads 01:30 twice, an hour apart, when London falls back', () => {
    expect(wallClock('2026-10-25T00:30:00Z', 'Europe/London')).toEqual({ date: '2026-10-25', time: '01:30' });
    expect(wallClock('2026-10-25T01:30:00Z', 'Europe/London')).toEqual({ date: '2026-10-25', time: '01:30' });
  });

  it('gives the date on the far side of the date line', () => {
    expect(wallClock('2026-03-10T23:30:00Z', 'Pacific/Auckland')).toEqual({ date: '2026-03-11', time: '12:30' });
    expect(wallClock(Date.parse('2026-03-10T23:30:00Z'), 'Pacific/Honolulu')).toEqual({ date: '2026-03-10', time: '13:30' });
  });

  it('reads an unknown zone as UTC rather than throwing', () => {
    expect(zoneOrUtc('Mars/Olympus_Mons')).toBe('UTC');
    expect(timeIn('2026-03-10T19:05:00Z', 'Mars/Olympus_Mons')).toBe('19:05');
  });
});

describe('spans and minutes', () => {
  it('counts real minutes across a clock change, not wall-clock ones', () => {
    // 01:30 EST to 03:30 EDT reads as two hours on the clock but is one hour long.
    expect(minutesBetween('2026-03-08T06:30:00Z', '2026-03-08T07:30:00Z')).toBe(60);
    expect(spanIn('2026-03-08T06:30:00Z', '2026-03-08T07:30:00Z', 'America/New_York')).toBe('Sun 8 Mar, 01:30–03:30');
  });

  it('names the end day when a span crosses midnight in the reader zone', () => {
    expect(spanIn('2026-03-10T22:30:00Z', '2026-03-10T23:30:00Z', 'Europe/Paris')).toBe('Tue 10 Mar, 23:30–Wed 11 Mar, 00:30');
    expect(shortDateTimeIn('2026-03-10T22:30:00Z', 'UTC')).toBe('Tue 10 Mar, 22:30');
  });
});

describe('calendar dates', () => {
  it('finds the Monday of a week that spans a clock change and a month end', () => {
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
    expect(mondayOf('2026-11-01')).toBe('2026-10-26');
  });

  it('adds whole days across the spring-forward day and a year end', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });

  it('writes the year only when it is not this year', () => {
    expect(longDayOf('2026-03-10', '2026-01-01')).toBe('Tuesday 10 March');
    // ICU versions differ on the comma after the weekday once a year is shown.
    expect(longDayOf('2027-03-10', '2026-12-31')).toMatch(/^Wednesday,? 10 March 2027$/);
  });
});

describe('instantFromWallClock', () => {
  it('turns a typed time into the instant it names in that zone, on either side of a clock change', () => {
    expect(instantFromWallClock('2026-03-07', '09:00', 'America/New_York')).toBe('2026-03-07T14:00:00.000Z');
    expect(instantFromWallClock('2026-03-08', '09:00', 'America/New_York')).toBe('2026-03-08T13:00:00.000Z');
    expect(instantFromWallClock('2026-03-08', '01:59', 'America/New_York')).toBe('2026-03-08T06:59:00.000Z');
    expect(instantFromWallClock('2026-03-08', '03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
  });

  it('gives a time the clocks skip a real instant that reads back later that morning', () => {
    const instant = instantFromWallClock('2026-03-08', '02:30', 'America/New_York');
    expect(wallClock(instant, 'America/New_York').date).toBe('2026-03-08');
    expect(wallClock(instant, 'America/New_York').time).toBe('03:30');
  });

  it('round-trips every half hour of the day London falls back', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      expect(wallClock(instantFromWallClock('2026-10-25', time, 'Europe/London'), 'Europe/London')).toEqual({
        date: '2026-10-25',
        time,
      });
    }
  });
});
