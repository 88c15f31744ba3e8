import { EXPERIENCE_LEVELS, type ExperienceLevel, type Track } from '../enums.js';

/**
 * Who may practise with whom in the instant queue ("Practice now").
 *
 * - Only people in the same cohort and on the same track are ever paired.
 * - The same experience level is paired at once.
 * - Adjacent levels (entry–mid, mid–senior) are paired once the longer-waiting of the two has waited
 *   `PRACTICE_ADJACENT_LEVEL_AFTER_MS`; a same-level partner is always preferred when both exist.
 * - Levels two steps apart (entry–senior) are never paired: the gap makes a poor swap.
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
}

export type PracticeFit = 'same-level' | 'adjacent-level';

export function levelRank(level: ExperienceLevel): number {
  return EXPERIENCE_LEVELS.indexOf(level);
}

/** Whether two waiting tickets may be paired at `now`, and how well they fit; null when they may not. */
export function practiceFit(a: WaitingTicket, b: WaitingTicket, now: number): PracticeFit | null {
  if (a.id === b.id || a.userId === b.userId) return null;
  if (a.cohortId !== b.cohortId || a.track !== b.track) return null;
  const gap = Math.abs(levelRank(a.level) - levelRank(b.level));
  if (gap === 0) return 'same-level';
  if (gap === 1 && now - Math.min(a.createdAt, b.createdAt) >= PRACTICE_ADJACENT_LEVEL_AFTER_MS) return 'adjacent-level';
  return null;
}

/**
 * The pair the queue makes next: the oldest ticket that has any acceptable partner, with its best partner
 * (same level before adjacent, then the longest-waiting). Ties are broken by id, as in SQL.
 */
export function nextPracticePair(waiting: readonly WaitingTicket[], now: number): [WaitingTicket, WaitingTicket] | null {
  const byAge = [...waiting].sort(compareByAge);
  for (const anchor of byAge) {
    let best: { ticket: WaitingTicket; fit: PracticeFit } | null = null;
    for (const other of byAge) {
      const fit = practiceFit(anchor, other, now);
      if (!fit) continue;
      if (!best || (fit === 'same-level' && best.fit === 'adjacent-level')) best = { ticket: other, fit };
    }
    if (best) return [anchor, best.ticket];
  }
  return null;
}

/** 1-based place of a ticket among the waiting tickets of its cohort and track, oldest first; 0 if absent. */
export function queuePosition(waiting: readonly WaitingTicket[], ticketId: string): number {
  const ticket = waiting.find((t) => t.id === ticketId);
  if (!ticket) return 0;
  return waiting.filter((t) => t.cohortId === ticket.cohortId && t.track === ticket.track && compareByAge(t, ticket) <= 0).length;
}

function compareByAge(a: WaitingTicket, b: WaitingTicket): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
