import { buildRotation, rotationSlots, type Rotation, type RotationPlan } from './rotation.js';

const START = Date.parse('2027-01-12T14:00:00Z');
const MINUTE = 60_000;

/** A small deterministic generator, so a failing case can be replayed from its seed. */
function generator(seed: number) {
  let state = seed >>> 0 || 1;
  return (below: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % below;
  };
}

function plan(candidates: number, stations: number, minutes: (index: number) => number, gapMinutes = 2): RotationPlan {
  return {
    startsAt: START,
    stations: Array.from({ length: stations }, (_, index) => ({
      interviewerId: `interviewer-${index}`,
      minutes: minutes(index),
    })),
    candidateIds: Array.from({ length: candidates }, (_, index) => `candidate-${index}`),
    gapMinutes,
  };
}

function built(input: RotationPlan): Rotation {
  const result = buildRotation(input);
  if ('problem' in result) throw new Error(result.problem);
  return result;
}

const overlaps = (a: { startsAt: number; endsAt: number }, b: { startsAt: number; endsAt: number }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

describe('building an interview day', () => {
  it('moves every candidate through every station once, for random sizes, with nobody in two places', () => {
    const violations: string[] = [];
    for (let seed = 1; seed <= 300; seed += 1) {
      const random = generator(seed);
      const input = plan(1 + random(12), 1 + random(12), () => 5 + random(16), random(6));
      const { visits, slots } = built(input);
      const fail = (what: string) =>
        violations.push(`seed ${seed} (${input.candidateIds.length}×${input.stations.length}): ${what}`);

      const everyStation = input.stations.map((_, index) => index).join();
      for (const candidateId of input.candidateIds) {
        const stations = visits.filter((visit) => visit.candidateId === candidateId).map((visit) => visit.station);
        if ([...stations].sort((a, b) => a - b).join() !== everyStation) fail(`${candidateId} meets stations ${stations.join()}`);
      }
      for (const [i, a] of visits.entries()) {
        for (const b of visits.slice(i + 1)) {
          if (overlaps(a, b) && a.candidateId === b.candidateId) fail(`${a.candidateId} is in two rooms at once`);
          if (overlaps(a, b) && a.station === b.station) fail(`station ${a.station} holds two candidates at once`);
        }
      }
      // One clock: every visit starts with its rotation's slot and ends within it; slots are a gap apart.
      for (const visit of visits) {
        if (visit.startsAt !== slots[visit.rotation].startsAt || visit.endsAt > slots[visit.rotation].endsAt) {
          fail(`a visit off its rotation's clock`);
        }
        if (visit.interviewerId !== input.stations[visit.station].interviewerId) fail('an interviewer left their room');
      }
      for (const [index, slot] of slots.slice(1).entries()) {
        if (slot.startsAt - slots[index].endsAt !== input.gapMinutes * MINUTE)
          fail(`rotation ${index + 1} is not a gap after the last`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('reads a stored day back onto the same slots it was built with', () => {
    const day = built(plan(3, 2, (index) => 10 + index * 5, 3));
    expect(rotationSlots(START, day.slots.length, 15, 3)).toEqual(day.slots);
  });

  it('lays 8 candidates × 8 stations of 10 minutes with 2-minute gaps over 8 rotations (94 minutes)', () => {
    const day = built(plan(8, 8, () => 10));
    expect(day.slots).toHaveLength(8);
    expect(day.visits).toHaveLength(64);
    expect((day.endsAt - START) / MINUTE).toBe(8 * 10 + 7 * 2);
  });

  it('gives rotations the longest station’s length, and more rotations than stations when candidates outnumber them', () => {
    const day = built(plan(3, 2, (index) => (index === 0 ? 5 : 12), 0));
    expect(day.slots.map((slot) => (slot.endsAt - slot.startsAt) / MINUTE)).toEqual([12, 12, 12]);
    expect(day.visits.filter((visit) => visit.station === 0).map((visit) => (visit.endsAt - visit.startsAt) / MINUTE)).toEqual([
      5, 5, 5,
    ]);
    // Each rotation, one of the three candidates waits.
    expect(day.visits.filter((visit) => visit.rotation === 1)).toHaveLength(2);
  });

  it.each<[string, Partial<RotationPlan>, string]>([
    ['no station', { stations: [] }, 'An interview day needs at least one station.'],
    ['no candidate', { candidateIds: [] }, 'An interview day needs at least one candidate.'],
    ['a negative gap', { gapMinutes: -1 }, 'The gap between rotations must be whole minutes, zero or more.'],
    [
      'one interviewer at two stations',
      {
        stations: [
          { interviewerId: 'x', minutes: 10 },
          { interviewerId: 'x', minutes: 10 },
        ],
      },
      'An interviewer stays in one room all day: give each station its own interviewer.',
    ],
    ['a candidate twice', { candidateIds: ['a', 'a'] }, 'A candidate is listed twice.'],
    [
      'a candidate who also interviews',
      { candidateIds: ['interviewer-0'] },
      'Someone is both a candidate and a station interviewer: they cannot be in two places at once.',
    ],
  ])('refuses %s', (_name, change, problem) => {
    expect(buildRotation({ ...plan(2, 2, () => 10), ...change })).toEqual({ problem });
  });
});
