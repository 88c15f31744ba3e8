import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reliability in the practice queue, and standby.
 *
 * - A practice ticket keeps its owner's reliability rank when they joined (0 reliable, 1 missed some,
 *   2 repeated no-shows: the queue is ordered by it, then by age) and whether it waits for its owner's
 *   confirmation before it can be matched.
 * - `standby_entries`: a candidate's window of time in which they can step into a peer session of their
 *   cohort and track.
 * - `standby_offers`: one seat (session, absent participant) offered to one person on standby, until it
 *   expires. At most one offer per seat is ever accepted (a partial unique index), whatever races.
 */
export class ReliabilityAndStandby1763973000000 implements MigrationInterface {
  name = 'ReliabilityAndStandby1763973000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE practice_tickets
        ADD COLUMN standing_rank smallint NOT NULL DEFAULT 0 CHECK (standing_rank BETWEEN 0 AND 2),
        ADD COLUMN awaiting_confirmation boolean NOT NULL DEFAULT false`);
    await db.query(`DROP INDEX practice_tickets_waiting_idx`);
    await db.query(
      `CREATE INDEX practice_tickets_waiting_idx ON practice_tickets (cohort_id, track, standing_rank, created_at, id) WHERE status = 'waiting'`,
    );

    await db.query(`
      CREATE TABLE standby_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
        track text NOT NULL CHECK (track IN ('residency_fellowship', 'healthcare_job', 'informational')),
        available tstzrange NOT NULL CHECK (NOT isempty(available) AND upper(available) - lower(available) <= interval '4 hours'),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- one person never holds two overlapping windows in one cohort
        CONSTRAINT standby_entries_no_overlap EXCLUDE USING gist (user_id WITH =, cohort_id WITH =, available WITH &&)
      )`);
    await db.query(`CREATE INDEX standby_entries_lookup_idx ON standby_entries USING gist (cohort_id, track, available)`);

    await db.query(`
      CREATE TABLE standby_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        absent_user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        -- leaving the standby list withdraws its open offers (accept refuses an offer without its entry)
        entry_id uuid REFERENCES standby_entries (id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT standby_offers_once_per_person UNIQUE (session_id, absent_user_id, user_id)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX standby_offers_one_accepted_per_seat ON standby_offers (session_id, absent_user_id) WHERE accepted_at IS NOT NULL`,
    );
    await db.query(`CREATE INDEX standby_offers_user_idx ON standby_offers (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE standby_offers`);
    await db.query(`DROP TABLE standby_entries`);
    await db.query(`DROP INDEX practice_tickets_waiting_idx`);
    await db.query(
      `CREATE INDEX practice_tickets_waiting_idx ON practice_tickets (cohort_id, track, created_at, id) WHERE status = 'waiting'`,
    );
    await db.query(`ALTER TABLE practice_tickets DROP COLUMN standing_rank, DROP COLUMN awaiting_confirmation`);
  }
}
