import { canRecordNoShow, MINUTE, NO_SHOW_GRACE_MINUTES, startTimeProblem } from './booking-rules.js';

describe('booking rules', () => {
  const now = Date.parse('2026-03-02T12:00:00Z');

  it('needs half an hour of notice and at most a year ahead', () => {
    expect(startTimeProblem(now + 29 * MINUTE, now)).toMatch(/at least 30 minutes/);
    expect(startTimeProblem(now + 30 * MINUTE, now)).toBeNull();
    expect(startTimeProblem(now + 366 * 24 * 60 * MINUTE, now)).toMatch(/within 365 days/);
  });

  it('records a no-show only once the grace after the start has passed, on a session not over by other means', () => {
    const graceAgo = new Date(now - NO_SHOW_GRACE_MINUTES * MINUTE).toISOString();
    expect(canRecordNoShow({ status: 'scheduled', startsAt: graceAgo }, now)).toBe(true);
    expect(canRecordNoShow({ status: 'cancelled', startsAt: graceAgo }, now)).toBe(false);
    expect(canRecordNoShow({ status: 'scheduled', startsAt: new Date(now - 9 * MINUTE).toISOString() }, now)).toBe(false);
    expect(canRecordNoShow({ status: 'scheduled', startsAt: new Date(now + MINUTE).toISOString() }, now)).toBe(false);
  });
});
