import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoomLogEntry, RoomState } from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';

/** A room as stored: the reducer's state (its version included) and, for a peer session, the second half's script. */
export interface StoredRoom {
  state: RoomState;
  secondSnapshotId: string | null;
}

/** The interviewer's own notes on a session, by question id. */
export type RoomNotes = Record<string, { text: string; savedAt: string }>;

interface RoomRow {
  state: RoomState;
  second_snapshot_id: string | null;
}

interface LogRow {
  version: number;
  at: Date;
  by: string;
  type: RoomLogEntry['type'];
  half: 1 | 2;
  phase: RoomLogEntry['phase'];
  question_id: string | null;
  revealed: boolean;
}

const toRoom = (row: RoomRow | undefined): StoredRoom | undefined =>
  row && { state: row.state, secondSnapshotId: row.second_snapshot_id };

/** Every SQL statement on `room_states`, `room_log` and `room_notes`. */
@Injectable()
export class RoomRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(sessionId: string, manager: EntityManager = this.db.manager): Promise<StoredRoom | undefined> {
    const rows: RoomRow[] = await manager.query(`SELECT state, second_snapshot_id FROM room_states WHERE session_id = $1`, [
      sessionId,
    ]);
    return toRoom(rows[0]);
  }

  /** The phase of each opened room among these sessions. */
  async phases(sessionIds: string[]): Promise<Map<string, RoomLogEntry['phase']>> {
    if (sessionIds.length === 0) return new Map();
    const rows: { session_id: string; phase: RoomLogEntry['phase'] }[] = await this.db.query(
      `SELECT session_id, state ->> 'phase' AS phase FROM room_states WHERE session_id = ANY($1::uuid[])`,
      [sessionIds],
    );
    return new Map(rows.map((row) => [row.session_id, row.phase]));
  }

  /** Locks the room row for the caller's transaction: actions on one room apply one at a time, on any instance. */
  async lock(manager: EntityManager, sessionId: string): Promise<StoredRoom | undefined> {
    const rows: RoomRow[] = await manager.query(
      `SELECT state, second_snapshot_id FROM room_states WHERE session_id = $1 FOR UPDATE`,
      [sessionId],
    );
    return toRoom(rows[0]);
  }

  /**
   * Serialises the opening of one room within the caller's transaction (until it ends), so two first joins
   * at once make one row and one second-half snapshot. A row lock cannot do it: there is no row yet.
   */
  async lockOpening(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('room:' || $1::text, 0))`, [sessionId]);
  }

  async insert(manager: EntityManager, sessionId: string, room: StoredRoom): Promise<void> {
    await manager.query(
      `INSERT INTO room_states (session_id, state, version, second_snapshot_id) VALUES ($1, $2::jsonb, $3, $4)`,
      [sessionId, JSON.stringify(room.state), room.state.version, room.secondSnapshotId],
    );
  }

  async saveState(manager: EntityManager, sessionId: string, state: RoomState): Promise<void> {
    await manager.query(`UPDATE room_states SET state = $2::jsonb, version = $3, updated_at = now() WHERE session_id = $1`, [
      sessionId,
      JSON.stringify(state),
      state.version,
    ]);
  }

  async appendLog(manager: EntityManager, sessionId: string, entry: RoomLogEntry): Promise<void> {
    await manager.query(
      `INSERT INTO room_log (session_id, version, at, "by", type, half, phase, question_id, revealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [sessionId, entry.version, entry.at, entry.by, entry.type, entry.half, entry.phase, entry.questionId, entry.revealed],
    );
  }

  /** The room's log, oldest first. */
  async log(sessionId: string): Promise<RoomLogEntry[]> {
    const rows: LogRow[] = await this.db.query(
      `SELECT version, at, "by", type, half, phase, question_id, revealed FROM room_log WHERE session_id = $1 ORDER BY version`,
      [sessionId],
    );
    return rows.map((row) => ({
      version: row.version,
      at: row.at.toISOString(),
      by: row.by,
      type: row.type,
      half: row.half,
      phase: row.phase,
      questionId: row.question_id,
      revealed: row.revealed,
    }));
  }

  async notesOf(sessionId: string, authorId: string): Promise<RoomNotes> {
    const rows: { question_id: string; text: string; saved_at: Date }[] = await this.db.query(
      `SELECT question_id, text, saved_at FROM room_notes WHERE session_id = $1 AND author_id = $2 ORDER BY question_id`,
      [sessionId, authorId],
    );
    return Object.fromEntries(rows.map((row) => [row.question_id, { text: row.text, savedAt: row.saved_at.toISOString() }]));
  }

  async saveNote(note: { sessionId: string; authorId: string; questionId: string; text: string; savedAt: Date }): Promise<void> {
    await this.db.query(
      `INSERT INTO room_notes (session_id, author_id, question_id, text, saved_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (session_id, author_id, question_id) DO UPDATE SET text = EXCLUDED.text, saved_at = EXCLUDED.saved_at`,
      [note.sessionId, note.authorId, note.questionId, note.text, note.savedAt],
    );
  }

  async deleteNote(note: { sessionId: string; authorId: string; questionId: string }): Promise<void> {
    await this.db.query(`DELETE FROM room_notes WHERE session_id = $1 AND author_id = $2 AND question_id = $3`, [
      note.sessionId,
      note.authorId,
      note.questionId,
    ]);
  }
}
