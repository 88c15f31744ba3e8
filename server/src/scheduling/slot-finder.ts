import { BOOKING_RULES, formatInZone, intersect, MINUTE, slotStarts, type Interval, type SlotProposal } from '@rounds/shared';
import { DateTime } from 'luxon';

export interface RankedPartner {
  id: string;
  displayName: string;
  timeZone: string;
  weeklyCapacity: number;
}

/** Sessions per person per ISO week in that person's own zone, keyed "<userId>:<week>". */
export type WeeklyCounts = Map<string, number>;

function isoWeek(instant: number, timeZone: string): string {
  const local = DateTime.fromMillis(instant, { zone: timeZone });
  return `${local.weekYear}-W${local.weekNumber}`;
}

export function countByWeek(starts: { userId: string; timeZone: string; startsAt: number }[]): WeeklyCounts {
  const counts: WeeklyCounts = new Map();
  for (const { userId, timeZone, startsAt } of starts) {
    const key = `${userId}:${isoWeek(startsAt, timeZone)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Whether a person already has their weekly number of sessions in the week (their zone) of `start`. */
export function atCapacity(
  counts: WeeklyCounts,
  partner: Pick<RankedPartner, 'id' | 'timeZone' | 'weeklyCapacity'>,
  start: number,
): boolean {
  return (counts.get(`${partner.id}:${isoWeek(start, partner.timeZone)}`) ?? 0) >= partner.weeklyCapacity;
}

/**
 * The proposals to offer: each start time goes to the best-ranked partner free with the candidate then
 * (and, unless `ignoreCapacity`, with room that week), soonest first, at most a few per day in the
 * candidate's zone so the list spans several days.
 */
export function proposeSlots(input: {
  candidate: { id: string; timeZone: string };
  partners: RankedPartner[];
  free: Map<string, Interval[]>;
  weeklyCounts: WeeklyCounts;
  ignoreCapacity: boolean;
  durationMinutes: number;
}): SlotProposal[] {
  const { candidate, durationMinutes } = input;
  const byStart = new Map<number, RankedPartner>();
  for (const partner of input.partners) {
    const shared = intersect(input.free.get(candidate.id) ?? [], input.free.get(partner.id) ?? []);
    for (const start of slotStarts(shared, durationMinutes, BOOKING_RULES.slotStepMinutes)) {
      if (byStart.has(start)) continue; // an earlier-ranked partner already has this time
      if (!input.ignoreCapacity && atCapacity(input.weeklyCounts, partner, start)) continue;
      byStart.set(start, partner);
    }
  }
  const perDay = new Map<string, number>();
  return [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([start]) => {
      const day = DateTime.fromMillis(start, { zone: candidate.timeZone }).toISODate() ?? '';
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      return (perDay.get(day) ?? 0) <= BOOKING_RULES.maxProposalsPerDay;
    })
    .slice(0, BOOKING_RULES.maxProposals)
    .map(([start, partner]) => ({
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + durationMinutes * MINUTE).toISOString(),
      partner: { userId: partner.id, displayName: partner.displayName, timeZone: partner.timeZone },
      inYourZone: formatInZone(start, candidate.timeZone),
      inPartnerZone: formatInZone(start, partner.timeZone),
    }));
}
