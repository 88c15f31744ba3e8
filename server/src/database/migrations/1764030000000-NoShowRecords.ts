import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No-shows that can be trusted and corrected.
 *
 * - `session_participants.no_show_confirmed_by`: what stands behind a no-show: the room's attendance (the no-show
 *   check, a standby seat handed over, or a participant's claim that attendance bore out) or a coordinator.
 *   Reliability counts only confirmed no-shows. Records made before this migration by the no-show check keep
 *   counting (their reason names the check); claims people made then were never checked, so they stop counting.
 * - `no_show_changes`: every no-show recorded or cleared, by whom (null: the check, acting for no one) and why.
 */
export class NoShowRecords1764030000000 implements MigrationInterface {
  name = 'NoShowRecords1764030000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE session_participants
        ADD COLUMN no_show_confirmed_by text CHECK (no_show_confirmed_by IN ('attendance', 'coordinator')),
        ADD CONSTRAINT session_participants_confirmed_no_show CHECK (no_show OR no_show_confirmed_by IS NULL)`);
    await db.query(`
      UPDATE session_participants p SET no_show_confirmed_by = 'attendance'
      FROM sessions s
      WHERE s.id = p.session_id AND p.no_show AND s.status_reason LIKE '%did not join within%'`);
    await db.query(`
      CREATE TABLE no_show_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        change text NOT NULL CHECK (change IN ('recorded', 'cleared')),
        confirmed_by text CHECK (confirmed_by IN ('attendance', 'coordinator')),
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        reason text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX no_show_changes_session_idx ON no_show_changes (session_id, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE no_show_changes`);
    await db.query(`
      ALTER TABLE session_participants
        DROP CONSTRAINT session_participants_confirmed_no_show,
        DROP COLUMN no_show_confirmed_by`);
  }
}
