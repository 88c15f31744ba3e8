import { afterJoin, afterLeave, afterRoomEnded, secondsPresent } from './presence.js';

const t0 = Date.parse('2026-03-02T15:00:00Z');
const s = (seconds: number) => t0 + seconds * 1000;

describe('presence in a room', () => {
  it('sums the visits of someone who leaves and comes back', () => {
    let p = afterJoin(undefined, s(0));
    p = afterLeave(p, s(60));
    p = afterJoin(p, s(100));
    expect(secondsPresent(p, s(130))).toBe(90);
    p = afterLeave(p, s(160));
    expect(p).toEqual({ firstJoinedAt: s(0), lastLeftAt: s(160), presentMs: 120_000, connections: 0, presentSince: null });
    expect(secondsPresent(p, s(1000))).toBe(120);
  });

  it('keeps one visit going across overlapping connections, whichever order their events come in', () => {
    // LiveKit replacing a connection: the new one joins, then the old one leaves.
    let p = afterJoin(afterJoin(undefined, s(0)), s(30));
    p = afterLeave(p, s(31));
    expect(p).toMatchObject({ connections: 1, presentSince: s(0), lastLeftAt: null });
    p = afterLeave(p, s(90));
    expect(secondsPresent(p, s(500))).toBe(90);
  });

  it('ignores a leave with nothing open, and closes an open visit when the room ends', () => {
    const left = afterLeave(afterLeave(afterJoin(undefined, s(0)), s(10)), s(20));
    expect(left).toMatchObject({ lastLeftAt: s(10), presentMs: 10_000 });
    const ended = afterRoomEnded(afterJoin(left, s(30)), s(45));
    expect(ended).toMatchObject({ connections: 0, lastLeftAt: s(45), presentMs: 25_000 });
    expect(afterRoomEnded(ended, s(99))).toBe(ended);
  });

  it('keeps the earliest join as the first, even when a later join arrived first', () => {
    const p = afterJoin(afterLeave(afterJoin(undefined, s(50)), s(60)), s(5));
    expect(p.firstJoinedAt).toBe(s(5));
  });
});
