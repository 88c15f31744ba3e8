import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EXPERIENCE_LEVELS,
  PRACTICE_ADJACENT_LEVEL_AFTER_MS,
  type ExperienceLevel,
  type PracticeCancelReason,
  type Track,
} from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';

/** One queue: people are only ever paired within one cohort and track. */
export interface PracticeScope {
  cohortId: string;
  track: Track;
}

/** A ticket that has just left the queue, with the queue it left. */
export interface EndedTicket extends PracticeScope {
  ticketId: string;
  userId: string;
}

export interface TicketPosition {
  ticketId: string;
  userId: string;
  /** 1 for the first in line of its queue (best reliability rank, then the longest-waiting). */
  position: number;
}

/** The next pair the pairing rule picks; `first` has waited longer. */
export interface TicketPair {
  first: { ticketId: string; userId: string };
  second: { ticketId: string; userId: string };
}

interface TicketRow {
  id: string;
  user_id: string;
  cohort_id: string;
  track: Track;
}

interface PairRow {
  a_id: string;
  a_user_id: string;
  b_id: string;
  b_user_id: string;
}

/**
 * The pairing rule of shared/src/matching/practice-compatibility.ts, in SQL: for one cohort and track,
 * the first matchable ticket in line (best reliability rank, then the longest-waiting) that has an
 * acceptable partner, with its best partner (same level first, then first in line). A ticket awaiting
 * its owner's confirmation is not matchable. Parameters: see `pairParameters`.
 *
 * `FOR UPDATE OF a, b SKIP LOCKED` locks both rows of the pair it returns and steps over any pair with a
 * row another transaction holds; a row that changed since the snapshot is re-checked once locked
 * (READ COMMITTED re-evaluates the WHERE clause), so a ticket already matched (or not yet confirmed) is
 * never returned.
 */
const pairQuery = (locking: boolean) => `
  SELECT a.id AS a_id, a.user_id AS a_user_id, b.id AS b_id, b.user_id AS b_user_id
  FROM practice_tickets a
  JOIN practice_tickets b
    ON b.status = 'waiting' AND NOT b.awaiting_confirmation
   AND b.cohort_id = a.cohort_id AND b.track = a.track AND b.user_id <> a.user_id
   AND (b.level = a.level
        OR (abs(array_position($3::text[], b.level) - array_position($3::text[], a.level)) = 1
            AND least(a.created_at, b.created_at) <= now() - make_interval(secs => $4)))
  WHERE a.status = 'waiting' AND NOT a.awaiting_confirmation AND a.cohort_id = $1 AND a.track = $2
  ORDER BY a.standing_rank, a.created_at, a.id, (b.level = a.level) DESC, b.standing_rank, b.created_at, b.id
  LIMIT 1
  ${locking ? 'FOR UPDATE OF a, b SKIP LOCKED' : ''}`;
const LOCK_NEXT_PAIR = pairQuery(true);
const ANY_PAIR_EXISTS = `SELECT EXISTS (${pairQuery(false)}) AS "exists"`;

/** $1 cohort id, $2 track, $3 the levels in order, $4 the adjacent-level wait in seconds. */
function pairParameters(scope: PracticeScope): unknown[] {
  return [scope.cohortId, scope.track, [...EXPERIENCE_LEVELS], PRACTICE_ADJACENT_LEVEL_AFTER_MS / 1000];
}

/**
 * The place of one waiting ticket ($1) in line: 1 + the matchable tickets ahead of it (better rank, or the
 * same rank and older); 0 when it is not waiting. A ticket awaiting confirmation gets the place it would take.
 */
const POSITION_OF = `
  SELECT (1 + count(t.id))::int AS position
  FROM practice_tickets mine
  LEFT JOIN practice_tickets t
    ON t.status = 'waiting' AND NOT t.awaiting_confirmation AND t.id <> mine.id
   AND t.cohort_id = mine.cohort_id AND t.track = mine.track
   AND (t.standing_rank, t.created_at, t.id) < (mine.standing_rank, mine.created_at, mine.id)
  WHERE mine.id = $1 AND mine.status = 'waiting'
  GROUP BY mine.id`;

/**
 * Every SQL statement on `practice_tickets`. Methods that take an `EntityManager` run in the caller's
 * transaction; the others run on their own.
 */
@Injectable()
export class PracticeTicketsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A new waiting ticket; undefined when the person already has one (one waiting ticket per person, by a unique index). */
  async insertWaiting(
    manager: EntityManager,
    ticket: {
      userId: string;
      cohortId: string;
      track: Track;
      level: ExperienceLevel;
      /** The owner's reliability rank now (`standingRank`): the line is ordered by it. */
      standingRank: number;
      /** Held back from matching until the owner confirms. */
      awaitingConfirmation: boolean;
    },
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO practice_tickets (user_id, cohort_id, track, level, standing_rank, awaiting_confirmation)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id) WHERE status = 'waiting' DO NOTHING
       RETURNING id`,
      [ticket.userId, ticket.cohortId, ticket.track, ticket.level, ticket.standingRank, ticket.awaitingConfirmation],
    );
    return rows[0]?.id;
  }

  /**
   * Makes the person's waiting ticket matchable (it was awaiting their confirmation; confirming twice is
   * harmless). Undefined when they have no waiting ticket of that id.
   */
  async confirm(userId: string, ticketId: string): Promise<EndedTicket | undefined> {
    const [rows]: [TicketRow[], number] = await this.db.query(
      `UPDATE practice_tickets SET awaiting_confirmation = false
       WHERE id = $1 AND user_id = $2 AND status = 'waiting'
       RETURNING id, user_id, cohort_id, track`,
      [ticketId, userId],
    );
    return rows[0] && toEndedTicket(rows[0]);
  }

  /** The person's waiting ticket that still awaits their confirmation, if any. */
  async unconfirmedTicketId(userId: string): Promise<string | undefined> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM practice_tickets WHERE user_id = $1 AND status = 'waiting' AND awaiting_confirmation`,
      [userId],
    );
    return rows[0]?.id;
  }

  /** The person's waiting ticket, if they have one. */
  async waitingTicketId(userId: string, manager: EntityManager = this.db.manager): Promise<string | undefined> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM practice_tickets WHERE user_id = $1 AND status = 'waiting'`,
      [userId],
    );
    return rows[0]?.id;
  }

  /** The ticket's place in its queue; 0 when it is no longer waiting. */
  async positionOf(ticketId: string, manager: EntityManager = this.db.manager): Promise<number> {
    const rows: { position: number }[] = await manager.query(POSITION_OF, [ticketId]);
    return rows[0]?.position ?? 0;
  }

  /** Whether a matchable ticket of the same queue comes after this one in line (a newcomer with a better standing moved it down). */
  async hasTicketsBehind(ticketId: string): Promise<boolean> {
    const [{ behind }]: { behind: boolean }[] = await this.db.query(
      `SELECT EXISTS (
         SELECT 1 FROM practice_tickets t JOIN practice_tickets mine ON mine.id = $1
         WHERE t.status = 'waiting' AND NOT t.awaiting_confirmation AND t.cohort_id = mine.cohort_id AND t.track = mine.track
           AND (t.standing_rank, t.created_at, t.id) > (mine.standing_rank, mine.created_at, mine.id)) AS behind`,
      [ticketId],
    );
    return behind;
  }

  /** The place of every matchable waiting ticket of one queue (those awaiting confirmation hold none). */
  async waitingPositions(scope: PracticeScope): Promise<TicketPosition[]> {
    const rows: { id: string; user_id: string; position: number }[] = await this.db.query(
      `SELECT id, user_id, (row_number() OVER (ORDER BY standing_rank, created_at, id))::int AS position
       FROM practice_tickets WHERE status = 'waiting' AND NOT awaiting_confirmation AND cohort_id = $1 AND track = $2`,
      [scope.cohortId, scope.track],
    );
    return rows.map((row) => ({ ticketId: row.id, userId: row.user_id, position: row.position }));
  }

  /** Renews the lease of these people's waiting tickets. */
  async renewLeases(userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    await this.db.query(`UPDATE practice_tickets SET seen_at = now() WHERE status = 'waiting' AND user_id = ANY($1::uuid[])`, [
      userIds,
    ]);
  }

  /** Cancels ('expired') every waiting ticket whose lease is older than `leaseSeconds`. */
  async expireStale(leaseSeconds: number): Promise<EndedTicket[]> {
    const [rows]: [TicketRow[], number] = await this.db.query(
      `UPDATE practice_tickets SET status = 'cancelled', cancelled_at = now(), cancel_reason = 'expired'
       WHERE status = 'waiting' AND seen_at < now() - make_interval(secs => $1)
       RETURNING id, user_id, cohort_id, track`,
      [leaseSeconds],
    );
    return rows.map(toEndedTicket);
  }

  /** Cancels the person's waiting ticket (only `ticketId` when given); undefined when there was none. */
  async cancelWaiting(userId: string, reason: PracticeCancelReason, ticketId?: string): Promise<EndedTicket | undefined> {
    const [rows]: [TicketRow[], number] = await this.db.query(
      `UPDATE practice_tickets SET status = 'cancelled', cancelled_at = now(), cancel_reason = $2
       WHERE user_id = $1 AND status = 'waiting' AND ($3::uuid IS NULL OR id = $3)
       RETURNING id, user_id, cohort_id, track`,
      [userId, reason, ticketId ?? null],
    );
    return rows[0] && toEndedTicket(rows[0]);
  }

  /** Queues with two or more matchable waiting tickets: the ones where a pair may be possible. */
  async scopesWithTwoWaiting(): Promise<PracticeScope[]> {
    const rows: Pick<TicketRow, 'cohort_id' | 'track'>[] = await this.db.query(
      `SELECT cohort_id, track FROM practice_tickets WHERE status = 'waiting' AND NOT awaiting_confirmation
       GROUP BY cohort_id, track HAVING count(*) >= 2`,
    );
    return rows.map((row) => ({ cohortId: row.cohort_id, track: row.track }));
  }

  /** Locks the next pair of the queue for the caller's transaction, skipping rows other transactions hold. */
  async lockNextPair(manager: EntityManager, scope: PracticeScope): Promise<TicketPair | undefined> {
    const [row]: PairRow[] = await manager.query(LOCK_NEXT_PAIR, pairParameters(scope));
    return row && { first: { ticketId: row.a_id, userId: row.a_user_id }, second: { ticketId: row.b_id, userId: row.b_user_id } };
  }

  /** Whether the queue holds a pair at all, locked or not: when `lockNextPair` found none, another transaction holds it. */
  async anyPairExists(manager: EntityManager, scope: PracticeScope): Promise<boolean> {
    const [{ exists }]: { exists: boolean }[] = await manager.query(ANY_PAIR_EXISTS, pairParameters(scope));
    return exists;
  }

  /** Marks the tickets matched to the session, those still waiting; returns the ids it marked. */
  async markMatched(manager: EntityManager, ticketIds: string[], sessionId: string): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE practice_tickets SET status = 'matched', session_id = $2, matched_at = now()
       WHERE id = ANY($1::uuid[]) AND status = 'waiting' RETURNING id`,
      [ticketIds, sessionId],
    );
    return rows.map((row) => row.id);
  }
}

function toEndedTicket(row: TicketRow): EndedTicket {
  return { ticketId: row.id, userId: row.user_id, cohortId: row.cohort_id, track: row.track };
}
