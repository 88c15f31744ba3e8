import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether each participant's call carried the partner's media, as their browser reports it over the room's socket
 * (`call:media`, on a direct call and with LiveKit alike): the latest state, when it changed, and when media first
 * flowed. Part of the session's attendance; the no-show check counts a connected call as having appeared.
 */
export class CallMedia1764031000000 implements MigrationInterface {
  name = 'CallMedia1764031000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE session_call_media (
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('connected', 'lost')),
        changed_at timestamptz NOT NULL,
        first_connected_at timestamptz,
        CHECK (state = 'lost' OR first_connected_at IS NOT NULL),
        PRIMARY KEY (session_id, user_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE session_call_media`);
  }
}
