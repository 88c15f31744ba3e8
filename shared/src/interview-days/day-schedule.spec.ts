import { dayMoment, isAbsent, isRunningLate, personalItinerary, type ScheduledVisit } from './day-schedule.js';

const MINUTE = 60_000;
const T0 = Date.parse('2027-03-10T14:00:00Z');
const slots = [0, 1, 2].map((r) => ({ startsAt: T0 + r * 12 * MINUTE, endsAt: T0 + (r * 12 + 10) * MINUTE }));

/** Three rotations, two stations (the second 8 minutes long), three candidates: someone waits each rotation. */
const visits: ScheduledVisit[] = [
  {
    rotation: 0,
    stationIndex: 0,
    stationName: 'S1',
    candidateId: 'a',
    interviewerId: 'x',
    startsAt: slots[0].startsAt,
    endsAt: slots[0].endsAt,
  },
  {
    rotation: 0,
    stationIndex: 1,
    stationName: 'S2',
    candidateId: 'b',
    interviewerId: 'y',
    startsAt: slots[0].startsAt,
    endsAt: slots[0].startsAt + 8 * MINUTE,
  },
  {
    rotation: 1,
    stationIndex: 0,
    stationName: 'S1',
    candidateId: 'c',
    interviewerId: 'x',
    startsAt: slots[1].startsAt,
    endsAt: slots[1].endsAt,
  },
  {
    rotation: 1,
    stationIndex: 1,
    stationName: 'S2',
    candidateId: 'a',
    interviewerId: 'y',
    startsAt: slots[1].startsAt,
    endsAt: slots[1].startsAt + 8 * MINUTE,
  },
];

describe("a person's itinerary", () => {
  it('lists every rotation in their zone: stations, and the rotations they wait', () => {
    const steps = personalItinerary('a', slots, visits, 'America/Chicago');
    expect(steps.map((s) => [s.kind, s.visit?.stationName ?? null, s.localStart, s.localEnd])).toEqual([
      ['station', 'S1', '08:00', '08:10'],
      ['station', 'S2', '08:12', '08:20'],
      ['waiting', null, '08:24', '08:34'],
    ]);
    expect(steps.every((s) => s.role === 'candidate')).toBe(true);
  });

  it('gives an interviewer their candidates, and nothing to someone outside the day', () => {
    const steps = personalItinerary('y', slots, visits, 'Asia/Kolkata');
    expect(steps.map((s) => [s.role, s.visit?.candidateId ?? null, s.localStart])).toEqual([
      ['interviewer', 'b', '19:30'],
      ['interviewer', 'a', '19:42'],
      ['interviewer', null, '19:54'],
    ]);
    expect(personalItinerary('nobody', slots, visits, 'UTC')).toEqual([]);
  });
});

describe('where the day stands', () => {
  it('is before, in a rotation, in a gap, then after', () => {
    expect(dayMoment(slots, T0 - 1)).toEqual({ state: 'before', rotation: null, nextStartsAt: slots[0].startsAt });
    expect(dayMoment(slots, T0)).toEqual({ state: 'rotation', rotation: 0, nextStartsAt: slots[1].startsAt });
    expect(dayMoment(slots, slots[0].endsAt)).toEqual({ state: 'gap', rotation: 0, nextStartsAt: slots[1].startsAt });
    expect(dayMoment(slots, slots[2].endsAt + MINUTE)).toEqual({ state: 'after', rotation: 2, nextStartsAt: null });
  });

  it('calls someone absent two minutes into their rotation without a join', () => {
    expect(isAbsent(null, T0, T0 + 2 * MINUTE - 1)).toBe(false);
    expect(isAbsent(null, T0, T0 + 2 * MINUTE)).toBe(true);
    expect(isAbsent(T0 + 5 * MINUTE, T0, T0 + 9 * MINUTE)).toBe(false);
  });

  it('calls a room late when it runs past its rotation, not one nobody opened or one that ended', () => {
    const end = slots[0].endsAt;
    expect(isRunningLate('interviewing', true, end, end - 1)).toBe(false);
    expect(isRunningLate('interviewing', true, end, end)).toBe(true);
    expect(isRunningLate('wrap_up', false, end, end + MINUTE)).toBe(true);
    expect(isRunningLate('lobby', true, end, end + MINUTE)).toBe(true);
    expect(isRunningLate('lobby', false, end, end + MINUTE)).toBe(false);
    expect(isRunningLate('ended', true, end, end + MINUTE)).toBe(false);
  });
});
