import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Availability, sessions and their participants. A person can never be in two sessions at once: each
 * participant row carries the session's time range, and an exclusion constraint refuses overlapping
 * active ranges for the same person, whatever code path writes them.
 */
export class Scheduling1763920000000 implements MigrationInterface {
  name = 'Scheduling1763920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await db.query(
      `ALTER TABLE users ADD COLUMN weekly_capacity integer NOT NULL DEFAULT 3 CHECK (weekly_capacity BETWEEN 0 AND 40)`,
    );
    await db.query(`ALTER TABLE users ADD COLUMN interviewer_personas text[] NOT NULL DEFAULT '{}'`);

    await db.query(`
      CREATE TABLE availability_windows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_minute integer NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
        end_minute integer NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
        CHECK (end_minute > start_minute)
      )`);
    await db.query(`CREATE INDEX availability_windows_user_idx ON availability_windows (user_id, weekday)`);

    await db.query(`
      CREATE TABLE availability_exceptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('blocked', 'extra')),
        start_minute integer CHECK (start_minute BETWEEN 0 AND 1439),
        end_minute integer CHECK (end_minute BETWEEN 1 AND 1440),
        CHECK ((kind = 'blocked' AND start_minute IS NULL AND end_minute IS NULL)
            OR (kind = 'extra' AND end_minute > start_minute))
      )`);
    await db.query(`CREATE INDEX availability_exceptions_user_idx ON availability_exceptions (user_id, date)`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid REFERENCES cohorts (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('mentor_interview', 'peer_swap', 'informational')),
        track text NOT NULL CHECK (track IN ('residency_fellowship', 'healthcare_job', 'informational')),
        personas text[] NOT NULL DEFAULT '{}',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'live', 'completed', 'cancelled', 'no_show')),
        script_snapshot_id uuid REFERENCES script_snapshots (id),
        calendar_sequence integer NOT NULL DEFAULT 0,
        status_reason text,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '90 minutes')
      )`);
    await db.query(`CREATE INDEX sessions_starts_at_idx ON sessions (starts_at)`);
    await db.query(`CREATE INDEX sessions_cohort_idx ON sessions (cohort_id, starts_at)`);

    await db.query(`
      CREATE TABLE session_participants (
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('candidate', 'interviewer', 'observer')),
        during tstzrange NOT NULL,
        active boolean NOT NULL DEFAULT true,
        no_show boolean NOT NULL DEFAULT false,
        PRIMARY KEY (session_id, user_id),
        CONSTRAINT session_participants_no_double_booking EXCLUDE USING gist (user_id WITH =, during WITH &&) WHERE (active)
      )`);
    await db.query(`CREATE INDEX session_participants_user_idx ON session_participants (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE session_participants`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP TABLE availability_exceptions`);
    await db.query(`DROP TABLE availability_windows`);
    await db.query(`ALTER TABLE users DROP COLUMN weekly_capacity, DROP COLUMN interviewer_personas`);
  }
}
