import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The instant practice queue, and the attachments table of socket.io's PostgreSQL adapter.
 *
 * A ticket goes waiting → matched (with its session) or waiting → cancelled, never back; every transition
 * is a conditional UPDATE on a row the writer has locked. A person holds at most one waiting ticket
 * (partial unique index), which is also what makes "joining twice" fail without writing anything.
 */
export class PracticeQueue1763940000000 implements MigrationInterface {
  name = 'PracticeQueue1763940000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE practice_tickets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
        track text NOT NULL CHECK (track IN ('residency_fellowship', 'healthcare_job', 'informational')),
        level text NOT NULL CHECK (level IN ('entry', 'mid', 'senior')),
        status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'matched', 'cancelled')),
        session_id uuid REFERENCES sessions (id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        -- last time a server saw a connection of this person while the ticket waited (a lease)
        seen_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        matched_at timestamptz,
        cancelled_at timestamptz,
        cancel_reason text CHECK (cancel_reason IN ('left', 'disconnected', 'expired', 'busy')),
        CONSTRAINT practice_tickets_matched_has_session CHECK ((status = 'matched') = (session_id IS NOT NULL AND matched_at IS NOT NULL)),
        CONSTRAINT practice_tickets_cancelled_has_reason CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX practice_tickets_one_waiting_per_user ON practice_tickets (user_id) WHERE status = 'waiting'`,
    );
    await db.query(
      `CREATE INDEX practice_tickets_waiting_idx ON practice_tickets (cohort_id, track, created_at, id) WHERE status = 'waiting'`,
    );
    await db.query(`CREATE INDEX practice_tickets_session_idx ON practice_tickets (session_id) WHERE session_id IS NOT NULL`);
    await db.query(`CREATE INDEX practice_tickets_user_idx ON practice_tickets (user_id, created_at)`);

    // @socket.io/postgres-adapter stores payloads over NOTIFY's 8000-byte limit here (it does not create it).
    await db.query(`
      CREATE TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE socket_io_attachments`);
    await db.query(`DROP TABLE practice_tickets`);
  }
}
