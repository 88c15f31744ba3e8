import { atCapacity, countByWeek, proposeSlots, type RankedPartner } from './slot-finder.js';

const HOUR = 3_600_000;
const monday = Date.parse('2026-03-02T00:00:00Z');
const at = (day: number, hour: number) => monday + day * 24 * HOUR + hour * HOUR;
const candidate = { id: 'candidate', timeZone: 'UTC' };
const partner = (id: string, weeklyCapacity = 5): RankedPartner => ({
  id,
  displayName: id,
  timeZone: 'America/New_York',
  weeklyCapacity,
});

describe('slot finder', () => {
  it('gives each time to the best-ranked free partner', () => {
    const free = new Map([
      ['candidate', [{ start: at(0, 9), end: at(0, 11) }]],
      ['first', [{ start: at(0, 10), end: at(0, 11) }]],
      ['second', [{ start: at(0, 9), end: at(0, 11) }]],
    ]);
    const slots = proposeSlots({
      candidate,
      partners: [partner('first'), partner('second')],
      free,
      weeklyCounts: new Map(),
      ignoreCapacity: false,
      durationMinutes: 30,
    });
    expect(slots.map((s) => [s.startsAt.slice(11, 16), s.partner.userId])).toEqual([
      ['09:00', 'second'],
      ['09:30', 'second'],
      ['10:00', 'first'],
    ]); // 10:30 would be a fourth proposal that day
    expect(slots[0].inPartnerZone).toMatch(/4:00|04:00/);
  });

  it('spreads proposals: at most three a day, twelve in all', () => {
    const week = Array.from({ length: 7 }, (_, day) => ({ start: at(day, 8), end: at(day, 18) }));
    const free = new Map([
      ['candidate', week],
      ['p', week],
    ]);
    const slots = proposeSlots({
      candidate,
      partners: [partner('p')],
      free,
      weeklyCounts: new Map(),
      ignoreCapacity: true,
      durationMinutes: 30,
    });
    expect(slots).toHaveLength(12);
    const days = slots.map((s) => s.startsAt.slice(0, 10));
    expect(new Set(days).size).toBe(4);
    expect(Math.max(...[...new Set(days)].map((d) => days.filter((x) => x === d).length))).toBe(3);
  });

  it('skips partners who are fully booked that week in their own zone, unless capacity does not apply', () => {
    const free = new Map([
      ['candidate', [{ start: at(1, 9), end: at(1, 10) }]],
      ['busy', [{ start: at(1, 9), end: at(1, 10) }]],
    ]);
    const counts = countByWeek([{ userId: 'busy', timeZone: 'America/New_York', startsAt: at(2, 15) }]);
    expect(atCapacity(counts, partner('busy', 1), at(1, 9))).toBe(true);
    const input = { candidate, partners: [partner('busy', 1)], free, weeklyCounts: counts, durationMinutes: 30 };
    expect(proposeSlots({ ...input, ignoreCapacity: false })).toEqual([]);
    expect(proposeSlots({ ...input, ignoreCapacity: true })).toHaveLength(2);
  });
});
