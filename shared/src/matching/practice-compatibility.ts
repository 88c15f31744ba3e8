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
 * The server applies the same rule in SQL (server/src/matching/practice-tickets.repository.ts); this pure version
 * documents it, is unit tested, and lets tests check that no compatible pair is left waiting.
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
