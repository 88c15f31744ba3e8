import { EXPERIENCE_LEVELS, type ExperienceLevel, type Track } from '../enums.js';

/**
 * Who may practise with whom in the instant queue ("Practice now").
 *
 * - Only people in the same cohort and on the same track are ever paired.
 * - The same experience level is paired at once.
 * - Adjacent levels (entry–mid, mid–senior) are paired once the longer-waiting of the two has waited
 *   `PRACTICE_ADJACENT_LEVEL_AFTER_MS`; a same-level partner is always preferred when both exist.
 * - Levels two steps apart (entry–senior) are never paired: the gap makes a poor swap.
 * - Reliable people go first (`standingRank`, see reliability.ts): the queue is ordered by standing, then
 *   by how long each ticket has waited. A ticket awaiting its owner's confirmation (repeated no-shows) is
 *   not matched, and holds no place in line, until they confirm.
 *
 * The server pairs a whole queue at once with `pairWaitingTickets` (server/src/matching/practice-pairing.service.ts),
 * which makes exactly the pairs that taking `nextPracticePair` again and again would make.
 */
export const PRACTICE_ADJACENT_LEVEL_AFTER_MS = 20_000;

export interface WaitingTicket {
  id: string;
  userId: string;
  cohortId: string;
  track: Track;
  level: ExperienceLevel;
  /** When the ticket joined the queue (epoch ms). */
  createdAt: number;
  /** The owner's reliability standing when they joined (`standingRank`): lower goes first. Default 0. */
  standingRank?: number;
  /** True while the owner has not confirmed they are ready (repeated no-shows): not matchable. */
  awaitingConfirmation?: boolean;
}

export type PracticeFit = 'same-level' | 'adjacent-level';

export function levelRank(level: ExperienceLevel): number {
  return EXPERIENCE_LEVELS.indexOf(level);
}

/** Whether two waiting tickets may be paired at `now`, and how well they fit; null when they may not. */
export function practiceFit(a: WaitingTicket, b: WaitingTicket, now: number): PracticeFit | null {
  if (a.id === b.id || a.userId === b.userId) return null;
  if (a.awaitingConfirmation || b.awaitingConfirmation) return null;
  if (a.cohortId !== b.cohortId || a.track !== b.track) return null;
  const gap = Math.abs(levelRank(a.level) - levelRank(b.level));
  if (gap === 0) return 'same-level';
  if (gap === 1 && now - Math.min(a.createdAt, b.createdAt) >= PRACTICE_ADJACENT_LEVEL_AFTER_MS) return 'adjacent-level';
  return null;
}

/**
 * The pair the queue makes next: the first ticket in line (best standing, then oldest) that has any
 * acceptable partner, with its best partner (same level before adjacent, then first in line). Ties are
 * broken by id, as in SQL.
 */
export function nextPracticePair(waiting: readonly WaitingTicket[], now: number): [WaitingTicket, WaitingTicket] | null {
  const inLine = [...waiting].sort(compareInLine);
  for (const anchor of inLine) {
    let best: { ticket: WaitingTicket; fit: PracticeFit } | null = null;
    for (const other of inLine) {
      const fit = practiceFit(anchor, other, now);
      if (!fit) continue;
      if (!best || (fit === 'same-level' && best.fit === 'adjacent-level')) best = { ticket: other, fit };
    }
    if (best) return [anchor, best.ticket];
  }
  return null;
}

/**
 * Every pair the queue makes now, in the order `nextPracticePair` would make them one by one: each ticket in
 * line order, while still unpaired, takes its best partner among the unpaired tickets behind it. (A partner is
 * never ahead of it: that ticket would have taken it at its own turn.) Each cohort, track and level keeps its own
 * line, so the usual case (a same-level partner next in that line) costs one step per ticket after the sort.
 */
export function pairWaitingTickets<T extends WaitingTicket>(waiting: readonly T[], now: number): [T, T][] {
  const inLine = waiting.filter((t) => !t.awaitingConfirmation).sort(compareInLine);
  const byScopeAndLevel = new Map<string, T[]>();
  for (const ticket of inLine) {
    const key = levelLineKey(ticket, ticket.level);
    const line = byScopeAndLevel.get(key);
    if (line) line.push(ticket);
    else byScopeAndLevel.set(key, [ticket]);
  }
  const taken = new Set<string>();
  /** Per level line, how far its head has moved past taken tickets. */
  const heads = new Map<string, number>();
  const firstFree = (line: T[], key: string, accepts: (t: T) => boolean) => {
    let head = heads.get(key) ?? 0;
    while (head < line.length && taken.has(line[head].id)) head += 1;
    heads.set(key, head);
    for (let i = head; i < line.length; i += 1) if (!taken.has(line[i].id) && accepts(line[i])) return line[i];
    return undefined;
  };
  const pairs: [T, T][] = [];
  for (const anchor of inLine) {
    if (taken.has(anchor.id)) continue;
    taken.add(anchor.id);
    const partnerIn = (level: ExperienceLevel | undefined) => {
      if (!level) return undefined;
      const key = levelLineKey(anchor, level);
      const line = byScopeAndLevel.get(key);
      return line && firstFree(line, key, (t) => practiceFit(anchor, t, now) !== null);
    };
    const rank = levelRank(anchor.level);
    const partner =
      partnerIn(anchor.level) ??
      [partnerIn(EXPERIENCE_LEVELS[rank - 1]), partnerIn(EXPERIENCE_LEVELS[rank + 1])]
        .filter((t): t is T => t !== undefined)
        .sort(compareInLine)[0];
    // An anchor left without a partner stays out: nobody behind it fits it (the fit is symmetric).
    if (partner) {
      taken.add(partner.id);
      pairs.push([anchor, partner]);
    }
  }
  return pairs;
}

function levelLineKey(ticket: WaitingTicket, level: ExperienceLevel): string {
  return `${ticket.cohortId}\u0000${ticket.track}\u0000${level}`;
}

/**
 * 1-based place of a ticket among the matchable tickets of its cohort and track, in line order; 0 if
 * absent. A ticket awaiting confirmation gets the place it would take once confirmed.
 */
export function queuePosition(waiting: readonly WaitingTicket[], ticketId: string): number {
  const ticket = waiting.find((t) => t.id === ticketId);
  if (!ticket) return 0;
  const ahead = waiting.filter(
    (t) =>
      t.id !== ticket.id &&
      !t.awaitingConfirmation &&
      t.cohortId === ticket.cohortId &&
      t.track === ticket.track &&
      compareInLine(t, ticket) < 0,
  );
  return ahead.length + 1;
}

/** Line order: better standing first, then the longer-waiting, then by id. */
function compareInLine(a: WaitingTicket, b: WaitingTicket): number {
  return (a.standingRank ?? 0) - (b.standingRank ?? 0) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
