import { canRecordNoShow, MINUTE, startTimeProblem } from './booking-rules.js';

describe('booking rules', () => {
  const now = Date.parse('2026-03-02T12:00:00Z');

  it('needs half an hour of notice and at most a year ahead', () => {
    expect(startTimeProblem(now + 29 * MINUTE, now)).toMatch(/at least 30 minutes/);
    expect(startTimeProblem(now + 30 * MINUTE, now)).toBeNull();
    expect(startTimeProblem(now + 366 * 24 * 60 * MINUTE, now)).toMatch(/within 365 days/);
  });

  it('records a no-show only once a session has started and is not over by other means', () => {
    const started = new Date(now - MINUTE).toISOString();
    expect(canRecordNoShow({ status: 'scheduled', startsAt: started }, now)).toBe(true);
    expect(canRecordNoShow({ status: 'cancelled', startsAt: started }, now)).toBe(false);
    expect(canRecordNoShow({ status: 'scheduled', startsAt: new Date(now + MINUTE).toISOString() }, now)).toBe(false);
  });
});
