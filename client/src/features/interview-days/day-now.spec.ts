import type { ItineraryStep } from '@rounds/shared';
import { dayNow, startsInText } from './day-now';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 9, minute)).toISOString();
const step = (
  rotation: number,
  kind: 'station' | 'waiting',
  role: 'candidate' | 'interviewer' = 'interviewer',
): ItineraryStep => ({
  rotation,
  startsAt: at(rotation * 12),
  endsAt: at(rotation * 12 + 10),
  localStart: '',
  localEnd: '',
  kind,
  role,
  sessionId: kind === 'station' ? `session-${rotation}` : null,
  stationId: null,
  stationName: kind === 'station' ? 'Ethics' : null,
  partner: null,
});
const minute = (m: number, s = 0) => Date.UTC(2026, 2, 10, 9, m, s);

describe('dayNow', () => {
  const interviewer = [step(0, 'station'), step(1, 'waiting'), step(2, 'station')];

  it('counts down to the first station before the day', () => {
    expect(dayNow(interviewer, minute(0) - 5 * 60_000)).toMatchObject({
      kind: 'before-station',
      startsInMs: 5 * 60_000,
      scoreNow: null,
    });
  });

  it('is at a station while its time runs', () => {
    expect(dayNow(interviewer, minute(3))).toEqual({ kind: 'at-station', step: interviewer[0] });
  });

  it('offers the interviewer the candidate just seen, in the gap and while waiting, with the next start', () => {
    const gap = dayNow(interviewer, minute(11));
    expect(gap).toMatchObject({ kind: 'before-station', next: interviewer[2], scoreNow: interviewer[0] });
    expect(dayNow(interviewer, minute(40))).toEqual({ kind: 'done', scoreNow: interviewer[2] });
  });

  it('offers a candidate no scoring, only the next station', () => {
    const candidate = [step(0, 'station', 'candidate'), step(1, 'station', 'candidate')];
    expect(dayNow(candidate, minute(11))).toMatchObject({ kind: 'before-station', next: candidate[1], scoreNow: null });
  });

  it('is nothing for someone with no station', () => {
    expect(dayNow([step(0, 'waiting')], minute(0))).toBeNull();
  });
});

describe('startsInText', () => {
  it('rounds up to what a person acts on', () => {
    expect(startsInText(45_000)).toBe('45 s');
    expect(startsInText(61_000)).toBe('2 min');
    expect(startsInText(12 * 60_000)).toBe('12 min');
    expect(startsInText(125 * 60_000)).toBe('2 h 5 min');
  });
});
