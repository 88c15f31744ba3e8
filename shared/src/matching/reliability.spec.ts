import { DAY } from '../scheduling/booking-rules.js';
import { assessReliability, RELIABILITY, standingRank, type AttendanceRecord } from './reliability.js';

const now = Date.parse('2026-03-02T15:00:00Z');
const daysAgo = (days: number, missed = false): AttendanceRecord => ({ startsAt: now - days * DAY, missed });

describe('assessReliability', () => {
  it('starts a newcomer reliable, with a full score', () => {
    expect(assessReliability([], now)).toEqual({
      standing: 'reliable',
      score: 1,
      sessionsCounted: 0,
      missedCounted: 0,
      missedRecently: 0,
    });
  });

  it('does not sink someone for one early miss, thanks to the prior', () => {
    const one = assessReliability([daysAgo(40, true)], now);
    // (0 attended + 2) / (1 + 2)
    expect(one).toMatchObject({ standing: 'some_missed', score: 0.67, missedCounted: 1, missedRecently: 0 });
    const amongFour = assessReliability([daysAgo(40, true), daysAgo(41), daysAgo(42), daysAgo(43)], now);
    // (3 + 2) / (4 + 2)
    expect(amongFour).toMatchObject({ standing: 'reliable', score: 0.83 });
  });

  it('calls two misses within 30 days repeated no-shows, even among many sessions attended', () => {
    const record = [daysAgo(1, true), daysAgo(29, true), ...Array.from({ length: 8 }, (_, i) => daysAgo(2 + i))];
    expect(assessReliability(record, now)).toMatchObject({ standing: 'repeated_no_shows', missedRecently: 2, score: 0.83 });
  });

  it('forgets misses older than 30 days for the standing, and older than the last 10 sessions for the score', () => {
    const old = [daysAgo(31, true), daysAgo(45, true)];
    const recent = Array.from({ length: RELIABILITY.window }, (_, i) => daysAgo(1 + i));
    expect(assessReliability([...old, ...recent], now)).toEqual({
      standing: 'reliable',
      score: 1,
      sessionsCounted: 10,
      missedCounted: 0,
      missedRecently: 0,
    });
  });

  it('ignores sessions that have not started yet', () => {
    expect(assessReliability([{ startsAt: now + DAY, missed: true }], now).sessionsCounted).toBe(0);
  });

  it('ranks reliable people before the others', () => {
    expect(standingRank('reliable')).toBeLessThan(standingRank('some_missed'));
    expect(standingRank('some_missed')).toBeLessThan(standingRank('repeated_no_shows'));
  });
});
