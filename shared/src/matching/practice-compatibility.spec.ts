import {
  PRACTICE_ADJACENT_LEVEL_AFTER_MS,
  nextPracticePair,
  pairWaitingTickets,
  practiceFit,
  queuePosition,
  type WaitingTicket,
} from './practice-compatibility.js';

const NOW = Date.parse('2026-03-02T15:00:00Z');
let counter = 0;
function ticket(overrides: Partial<WaitingTicket> = {}): WaitingTicket {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    id,
    userId: `user-${counter}`,
    cohortId: 'c1',
    track: 'healthcare_job',
    level: 'mid',
    createdAt: NOW - 1_000,
    ...overrides,
  };
}

describe('practiceFit', () => {
  it('pairs the same cohort, track and level at once', () => {
    expect(practiceFit(ticket(), ticket(), NOW)).toBe('same-level');
  });

  it('never pairs across cohorts or tracks, nor a person with themselves', () => {
    expect(practiceFit(ticket({ cohortId: 'c1' }), ticket({ cohortId: 'c2' }), NOW)).toBeNull();
    expect(practiceFit(ticket({ track: 'healthcare_job' }), ticket({ track: 'informational' }), NOW)).toBeNull();
    const a = ticket();
    expect(practiceFit(a, { ...ticket(), userId: a.userId }, NOW)).toBeNull();
    expect(practiceFit(a, a, NOW)).toBeNull();
  });

  it('accepts an adjacent level only once the longer-waiting ticket has waited long enough', () => {
    const fresh = ticket({ level: 'entry', createdAt: NOW - 1_000 });
    const waitedJustShort = ticket({ level: 'mid', createdAt: NOW - PRACTICE_ADJACENT_LEVEL_AFTER_MS + 1 });
    const waitedEnough = ticket({ level: 'mid', createdAt: NOW - PRACTICE_ADJACENT_LEVEL_AFTER_MS });
    expect(practiceFit(fresh, waitedJustShort, NOW)).toBeNull();
    expect(practiceFit(fresh, waitedEnough, NOW)).toBe('adjacent-level');
    expect(practiceFit(waitedEnough, fresh, NOW)).toBe('adjacent-level');
  });

  it('never pairs entry with senior, however long they wait', () => {
    expect(practiceFit(ticket({ level: 'entry', createdAt: 0 }), ticket({ level: 'senior', createdAt: 0 }), NOW)).toBeNull();
  });
});

describe('nextPracticePair', () => {
  it('takes the oldest ticket that has a partner, preferring a same-level partner over an older adjacent one', () => {
    const oldMid = ticket({ level: 'mid', createdAt: NOW - 60_000 });
    const oldEntry = ticket({ level: 'entry', createdAt: NOW - 50_000 });
    const newMid = ticket({ level: 'mid', createdAt: NOW - 1_000 });
    expect(nextPracticePair([newMid, oldEntry, oldMid], NOW)).toEqual([oldMid, newMid]);
  });

  it('falls back to an adjacent level after the wait, and to nothing before it', () => {
    const entry = ticket({ level: 'entry', createdAt: NOW - 5_000 });
    const mid = ticket({ level: 'mid', createdAt: NOW - 4_000 });
    expect(nextPracticePair([entry, mid], NOW)).toBeNull();
    expect(nextPracticePair([entry, mid], NOW + PRACTICE_ADJACENT_LEVEL_AFTER_MS)).toEqual([entry, mid]);
  });

  it('skips an old ticket nobody fits and pairs the next ones', () => {
    const lonelySenior = ticket({ level: 'senior', createdAt: NOW - 90_000 });
    const a = ticket({ level: 'entry', createdAt: NOW - 3_000 });
    const b = ticket({ level: 'entry', createdAt: NOW - 2_000 });
    expect(nextPracticePair([lonelySenior, b, a], NOW)).toEqual([a, b]);
  });
});

describe('queuePosition', () => {
  it('ranks a ticket among the waiting tickets of its own cohort and track, oldest first', () => {
    const first = ticket({ createdAt: NOW - 3_000 });
    const otherTrack = ticket({ track: 'informational', createdAt: NOW - 2_500 });
    const second = ticket({ level: 'senior', createdAt: NOW - 2_000 });
    expect(queuePosition([second, otherTrack, first], second.id)).toBe(2);
    expect(queuePosition([second, otherTrack, first], otherTrack.id)).toBe(1);
    expect(queuePosition([first], 'missing')).toBe(0);
  });
});

describe('reliability in the queue', () => {
  it('pairs reliable people first, however long a less reliable one has waited', () => {
    const unsteadyOld = ticket({ createdAt: NOW - 60_000, standingRank: 1 });
    const reliableA = ticket({ createdAt: NOW - 2_000, standingRank: 0 });
    const reliableB = ticket({ createdAt: NOW - 1_000, standingRank: 0 });
    expect(nextPracticePair([unsteadyOld, reliableB, reliableA], NOW)).toEqual([reliableA, reliableB]);
    expect(queuePosition([unsteadyOld, reliableB, reliableA], unsteadyOld.id)).toBe(3);
  });

  it('never pairs a ticket awaiting confirmation, and gives it the place it would take', () => {
    const waiting = ticket({ createdAt: NOW - 2_000 });
    const unconfirmed = ticket({ createdAt: NOW - 3_000, standingRank: 2, awaitingConfirmation: true });
    expect(nextPracticePair([waiting, unconfirmed], NOW)).toBeNull();
    expect(queuePosition([waiting, unconfirmed], waiting.id)).toBe(1);
    expect(queuePosition([waiting, unconfirmed], unconfirmed.id)).toBe(2);
    expect(nextPracticePair([waiting, { ...unconfirmed, awaitingConfirmation: false }], NOW)).toEqual([
      waiting,
      { ...unconfirmed, awaitingConfirmation: false },
    ]);
  });
});

describe('pairWaitingTickets', () => {
  /** The reference: take the next pair, again and again, until none is left. */
  function oneByOne(waiting: WaitingTicket[], now: number): [WaitingTicket, WaitingTicket][] {
    const pairs: [WaitingTicket, WaitingTicket][] = [];
    let left = waiting;
    for (let pair = nextPracticePair(left, now); pair; pair = nextPracticePair(left, now)) {
      pairs.push(pair);
      left = left.filter((t) => t !== pair![0] && t !== pair![1]);
    }
    return pairs;
  }

  /** A small deterministic generator, so a failure can be replayed from its seed. */
  function randomQueue(seed: number, size: number): WaitingTicket[] {
    let state = seed;
    const next = (n: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state % n;
    };
    return Array.from({ length: size }, () =>
      ticket({
        cohortId: ['c1', 'c2'][next(2)],
        track: (['healthcare_job', 'informational'] as const)[next(2)],
        level: (['entry', 'mid', 'senior'] as const)[next(3)],
        createdAt: NOW - next(3 * PRACTICE_ADJACENT_LEVEL_AFTER_MS),
        standingRank: next(4) === 0 ? 1 : 0,
        awaitingConfirmation: next(10) === 0,
      }),
    );
  }

  it('makes exactly the pairs that taking the next pair one by one makes, in the same order', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const queue = randomQueue(seed, 1 + (seed % 40));
      expect(pairWaitingTickets(queue, NOW)).toEqual(oneByOne(queue, NOW));
    }
  });

  it('pairs a long queue of one level in line order, leaving the odd one out', () => {
    const queue = Array.from({ length: 5 }, (_, i) => ticket({ createdAt: NOW - 10_000 + i }));
    expect(pairWaitingTickets([...queue].reverse(), NOW)).toEqual([
      [queue[0], queue[1]],
      [queue[2], queue[3]],
    ]);
  });

  it('prefers a same-level partner further back over an adjacent one just behind', () => {
    const mid = ticket({ level: 'mid', createdAt: NOW - 60_000 });
    const entry = ticket({ level: 'entry', createdAt: NOW - 59_000 });
    const laterMid = ticket({ level: 'mid', createdAt: NOW - 1_000 });
    expect(pairWaitingTickets([entry, laterMid, mid], NOW)).toEqual([[mid, laterMid]]);
  });
});
