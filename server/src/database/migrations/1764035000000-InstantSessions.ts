import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `sessions.instant`: a session made by practice now, which started the moment two people were paired. It was never
 * booked, so there is nothing to move or cancel and no notice was sent. Sessions made before this are left as booked.
 */
export class InstantSessions1764035000000 implements MigrationInterface {
  name = 'InstantSessions1764035000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions ADD COLUMN instant boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN instant`);
  }
}
