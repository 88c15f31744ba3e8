import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CallMediaState } from '@rounds/shared';
import type { Presence } from './presence.js';

export type AttendanceEventKind = 'participant_joined' | 'participant_left' | 'room_finished';

/** One applied event: its id makes a redelivery a no-op. */
export interface AttendanceEvent {
  eventId: string;
  sessionId: string;
  kind: AttendanceEventKind;
  userId: string | null;
  at: number;
}

export interface PresenceRow extends Presence {
  userId: string;
}

/** What a participant's browser last reported of their call. */
export interface CallMediaRow {
  userId: string;
  state: CallMediaState;
  changedAt: number;
  firstConnectedAt: number | null;
}

interface AttendanceRow {
  user_id: string;
  first_joined_at: Date;
  last_left_at: Date | null;
  present_ms: number;
  connections: number;
  present_since: Date | null;
}

const COLUMNS = `user_id, first_joined_at, last_left_at, present_ms::float8 AS present_ms, connections, present_since`;

/** Every SQL statement on `session_attendance`, `attendance_events` and `session_call_media`. */
@Injectable()
export class AttendanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records the event as applied; false when it already was (a redelivery), so the caller changes nothing. */
  async claimEvent(manager: EntityManager, event: AttendanceEvent): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO attendance_events (event_id, session_id, kind, user_id, occurred_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [event.eventId, event.sessionId, event.kind, event.userId, new Date(event.at)],
    );
    return rows.length === 1;
  }

  /** Everyone who has been in the session's room, in the order they first joined. */
  async list(sessionId: string, manager: EntityManager = this.db.manager): Promise<PresenceRow[]> {
    const rows: AttendanceRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM session_attendance WHERE session_id = $1 ORDER BY first_joined_at, user_id`,
      [sessionId],
    );
    return rows.map(toPresence);
  }

  async save(manager: EntityManager, sessionId: string, row: PresenceRow): Promise<void> {
    await manager.query(
      `INSERT INTO session_attendance (session_id, user_id, first_joined_at, last_left_at, present_ms, connections, present_since)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (session_id, user_id) DO UPDATE SET first_joined_at = $3, last_left_at = $4, present_ms = $5,
         connections = $6, present_since = $7`,
      [
        sessionId,
        row.userId,
        new Date(row.firstJoinedAt),
        toDate(row.lastLeftAt),
        Math.round(row.presentMs),
        row.connections,
        toDate(row.presentSince),
      ],
    );
  }

  /**
   * Records a report of the person's call; a repeat of the state they are in keeps its time, and the first
   * `connected` is remembered. Answers the row as stored.
   */
  async reportCallMedia(sessionId: string, userId: string, state: CallMediaState, at: Date): Promise<CallMediaRow> {
    const connectedAt = state === 'connected' ? at : null;
    const [row]: CallMediaSqlRow[] = await this.db.query(
      `INSERT INTO session_call_media AS m (session_id, user_id, state, changed_at, first_connected_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (session_id, user_id) DO UPDATE SET
         state = EXCLUDED.state,
         changed_at = CASE WHEN m.state = EXCLUDED.state THEN m.changed_at ELSE EXCLUDED.changed_at END,
         first_connected_at = COALESCE(m.first_connected_at, EXCLUDED.first_connected_at)
       RETURNING ${MEDIA_COLUMNS}`,
      [sessionId, userId, state, at, connectedAt],
    );
    return toCallMedia(row);
  }

  /** The person's call, when they are still reported connected, is lost from `at` (their last socket left). */
  async loseConnectedCall(sessionId: string, userId: string, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE session_call_media SET state = 'lost', changed_at = $3
        WHERE session_id = $1 AND user_id = $2 AND state = 'connected'`,
      [sessionId, userId, at],
    );
  }

  async callMedia(sessionId: string, manager: EntityManager = this.db.manager): Promise<CallMediaRow[]> {
    const rows: CallMediaSqlRow[] = await manager.query(`SELECT ${MEDIA_COLUMNS} FROM session_call_media WHERE session_id = $1`, [
      sessionId,
    ]);
    return rows.map(toCallMedia);
  }
}

interface CallMediaSqlRow {
  user_id: string;
  state: CallMediaState;
  changed_at: Date;
  first_connected_at: Date | null;
}

const MEDIA_COLUMNS = 'user_id, state, changed_at, first_connected_at';

function toCallMedia(row: CallMediaSqlRow): CallMediaRow {
  return {
    userId: row.user_id,
    state: row.state,
    changedAt: row.changed_at.getTime(),
    firstConnectedAt: row.first_connected_at?.getTime() ?? null,
  };
}

function toDate(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

function toPresence(row: AttendanceRow): PresenceRow {
  return {
    userId: row.user_id,
    firstJoinedAt: row.first_joined_at.getTime(),
    lastLeftAt: row.last_left_at?.getTime() ?? null,
    presentMs: row.present_ms,
    connections: row.connections,
    presentSince: row.present_since?.getTime() ?? null,
  };
}
