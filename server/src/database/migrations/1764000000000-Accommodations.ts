import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accommodations on a person's profile: extra time (a multiplier on answer timers and pacing), audio only,
 * reduced motion and timer announcements. Only the settings: no column could hold a reason.
 */
export class Accommodations1764000000000 implements MigrationInterface {
  name = 'Accommodations1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN extra_time real NOT NULL DEFAULT 1 CONSTRAINT users_extra_time_known CHECK (extra_time IN (1, 1.25, 1.5, 2)),
        ADD COLUMN audio_only boolean NOT NULL DEFAULT false,
        ADD COLUMN reduced_motion boolean NOT NULL DEFAULT false,
        ADD COLUMN timer_announcements boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users DROP COLUMN extra_time, DROP COLUMN audio_only, DROP COLUMN reduced_motion, DROP COLUMN timer_announcements`);
  }
}
