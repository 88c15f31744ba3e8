/** A small seeded generator (mulberry32), so every fuzz run can be replayed from its printed seed. */
export class Prng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** A child generator for one route or event, so adding a route does not reshuffle the others' inputs. */
  fork(label: string): Prng {
    let hash = this.seed >>> 0;
    for (let i = 0; i < label.length; i += 1) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0;
    return new Prng(hash);
  }
}

/** The default keeps `npm test` deterministic; FUZZ_SEED=<n> replays a printed seed, FUZZ_SEED=random explores. */
const DEFAULT_FUZZ_SEED = 0x5eed_2026;

export function fuzzSeed(): number {
  const given = process.env.FUZZ_SEED;
  if (given === undefined || given === '') return DEFAULT_FUZZ_SEED;
  if (given === 'random') return Math.floor(Math.random() * 2 ** 32) >>> 0;
  const seed = Number(given);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", not ${given}`);
  return seed >>> 0;
}
