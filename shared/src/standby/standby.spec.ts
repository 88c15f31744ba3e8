import { MINUTE } from '../scheduling/booking-rules.js';
import { joinStandbyRequestSchema, STANDBY, standbyWindowProblem } from './standby.js';

const now = Date.parse('2026-03-02T15:00:00Z');

describe('standbyWindowProblem', () => {
  it('accepts a future window of up to four hours', () => {
    expect(standbyWindowProblem(now + MINUTE, now + MINUTE + STANDBY.maxWindowMinutes * MINUTE, now)).toBeNull();
  });

  it('names the field to fix', () => {
    expect(standbyWindowProblem(now - MINUTE, now + 60 * MINUTE, now)).toEqual({
      field: 'from',
      message: 'must be in the future',
    });
    expect(standbyWindowProblem(now + 60 * MINUTE, now + 60 * MINUTE, now)).toEqual({
      field: 'to',
      message: 'must be after from',
    });
    expect(standbyWindowProblem(now + MINUTE, now + (4 * 60 + 2) * MINUTE, now)).toEqual({
      field: 'to',
      message: 'must be at most 4 hours after from',
    });
  });
});

describe('joinStandbyRequestSchema', () => {
  it('refuses unknown fields and tracks', () => {
    const result = joinStandbyRequestSchema.safeParse({ from: 'soon', to: '2026-03-02T16:00:00Z', track: 'surgery', x: 1 });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['from', 'track', '']));
  });
});
