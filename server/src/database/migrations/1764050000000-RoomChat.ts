import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
const ACTIONS = ['start', 'reveal', 'next', 'previous', 'timer_start', 'timer_stop', 'swap', 'wrap_up', 'end'];
/** A swap is now agreed by both people (one proposes, the other accepts or declines), and a wrap-up can be undone. */
const AGREED_ACTIONS = [...ACTIONS, 'swap_decline', 'swap_withdraw', 'resume'];

/**
 * The room's text chat, kept with its session (both video paths use it), and the room log's new actions.
 */
export class RoomChat1764050000000 implements MigrationInterface {
  name = 'RoomChat1764050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE room_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        text text NOT NULL CHECK (text <> '' AND char_length(text) <= 1000),
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX room_messages_session_sent ON room_messages (session_id, sent_at, id)`);
    await db.query(`CREATE INDEX room_messages_author ON room_messages (author_id)`);
    await db.query(`ALTER TABLE room_log DROP CONSTRAINT room_log_type_check`);
    await db.query(`ALTER TABLE room_log ADD CONSTRAINT room_log_type_check CHECK (type IN (${list(AGREED_ACTIONS)}))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM room_log WHERE type NOT IN (${list(ACTIONS)})`);
    await db.query(`ALTER TABLE room_log DROP CONSTRAINT room_log_type_check`);
    await db.query(`ALTER TABLE room_log ADD CONSTRAINT room_log_type_check CHECK (type IN (${list(ACTIONS)}))`);
    await db.query(`DROP TABLE room_messages`);
  }
}
