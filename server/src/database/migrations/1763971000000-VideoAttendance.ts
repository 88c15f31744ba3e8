import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who was in each session's room and for how long (from LiveKit's webhooks, or the room's own presence when
 * there is no LiveKit), and the ids of the events already applied, so a redelivered webhook changes nothing.
 */
export class VideoAttendance1763971000000 implements MigrationInterface {
  name = 'VideoAttendance1763971000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE session_attendance (
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        first_joined_at timestamptz NOT NULL,
        last_left_at timestamptz,
        -- Time in the room over closed visits; the open one (present_since) is added when read.
        present_ms bigint NOT NULL DEFAULT 0 CHECK (present_ms >= 0),
        -- Connections open now (a second device, or LiveKit replacing a connection, overlaps the first).
        connections integer NOT NULL DEFAULT 0 CHECK (connections >= 0),
        present_since timestamptz,
        CHECK ((connections = 0) = (present_since IS NULL)),
        PRIMARY KEY (session_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE attendance_events (
        event_id text PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('participant_joined', 'participant_left', 'room_finished')),
        user_id uuid,
        occurred_at timestamptz NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX attendance_events_session_idx ON attendance_events (session_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attendance_events`);
    await db.query(`DROP TABLE session_attendance`);
  }
}
