import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running an interview day after it is built.
 *
 * - `interview_days.cancelled_at` / `cancel_reason`: a day called off keeps its row (and its cancelled sessions)
 *   so its people can still see what happened and why.
 * - The double-booking exclusion becomes DEFERRABLE (still checked per statement by default): moving a whole
 *   day shifts many sessions of the same people at once, and one of them may pass through a time another still
 *   holds. The day's move defers the check to its commit; every other write is checked as before.
 */
export class RunInterviewDays1764060000000 implements MigrationInterface {
  name = 'RunInterviewDays1764060000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE interview_days ADD COLUMN cancelled_at timestamptz, ADD COLUMN cancel_reason text`);
    await db.query(`
      ALTER TABLE session_participants
        DROP CONSTRAINT session_participants_no_double_booking,
        ADD CONSTRAINT session_participants_no_double_booking EXCLUDE USING gist (user_id WITH =, during WITH &&)
          WHERE (active) DEFERRABLE INITIALLY IMMEDIATE`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE session_participants
        DROP CONSTRAINT session_participants_no_double_booking,
        ADD CONSTRAINT session_participants_no_double_booking EXCLUDE USING gist (user_id WITH =, during WITH &&) WHERE (active)`);
    await db.query(`ALTER TABLE interview_days DROP COLUMN cancelled_at, DROP COLUMN cancel_reason`);
  }
}
