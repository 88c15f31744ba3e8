import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ExperienceLevel, type PracticeCancelReason, type Track, type WaitingTicket } from '@rounds/shared';
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

/** A waiting ticket as pairing sees it, with what the partner is shown of its person. */
export interface WaitingPerson extends WaitingTicket {
  displayName: string;
  timeZone: string;
}

interface TicketRow {
  id: string;
  user_id: string;
  cohort_id: string;
  track: Track;
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

  /**
   * Makes the caller's transaction the only one pairing this queue, on any instance, until it ends (a
   * transaction-scoped advisory lock: another instance waits here for it, then finds what is left).
   */
  async lockQueue(manager: EntityManager, scope: PracticeScope): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `practice-queue:${scope.cohortId}:${scope.track}`,
    ]);
  }

  /**
   * The queue's matchable waiting tickets with their people's names and zones (what a match announces), locked
   * for the caller's transaction: a person leaving meanwhile waits for it, and then finds their ticket matched.
   */
  async lockWaiting(manager: EntityManager, scope: PracticeScope): Promise<WaitingPerson[]> {
    const rows: {
      id: string;
      user_id: string;
      level: ExperienceLevel;
      standing_rank: number;
      created_at: Date;
      display_name: string;
      time_zone: string;
    }[] = await manager.query(
      `SELECT t.id, t.user_id, t.level, t.standing_rank, t.created_at, u.display_name, u.time_zone
       FROM practice_tickets t JOIN users u ON u.id = t.user_id
       WHERE t.status = 'waiting' AND NOT t.awaiting_confirmation AND t.cohort_id = $1 AND t.track = $2
       FOR UPDATE OF t`,
      [scope.cohortId, scope.track],
    );
    return rows.map((row) => ({
      id: row.id,
      userId: row.user_id,
      cohortId: scope.cohortId,
      track: scope.track,
      level: row.level,
      standingRank: row.standing_rank,
      createdAt: row.created_at.getTime(),
      displayName: row.display_name,
      timeZone: row.time_zone,
    }));
  }

  /** Cancels these waiting tickets for one reason, in the caller's transaction; returns those it cancelled. */
  async cancelTickets(manager: EntityManager, ticketIds: string[], reason: PracticeCancelReason): Promise<EndedTicket[]> {
    if (ticketIds.length === 0) return [];
    const [rows]: [TicketRow[], number] = await manager.query(
      `UPDATE practice_tickets SET status = 'cancelled', cancelled_at = now(), cancel_reason = $2
       WHERE id = ANY($1::uuid[]) AND status = 'waiting'
       RETURNING id, user_id, cohort_id, track`,
      [ticketIds, reason],
    );
    return rows.map(toEndedTicket);
  }

  /** Marks each ticket matched to its session, those still waiting, in one statement; returns the ids it marked. */
  async markMatched(manager: EntityManager, matches: { ticketId: string; sessionId: string }[]): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE practice_tickets t SET status = 'matched', session_id = m.session_id, matched_at = now()
       FROM unnest($1::uuid[], $2::uuid[]) AS m(ticket_id, session_id)
       WHERE t.id = m.ticket_id AND t.status = 'waiting' RETURNING t.id`,
      [matches.map((m) => m.ticketId), matches.map((m) => m.sessionId)],
    );
    return rows.map((row) => row.id);
  }
}

function toEndedTicket(row: TicketRow): EndedTicket {
  return { ticketId: row.id, userId: row.user_id, cohortId: row.cohort_id, track: row.track };
}
