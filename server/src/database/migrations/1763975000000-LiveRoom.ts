import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
const PHASES = ['lobby', 'interviewing', 'swap', 'wrap_up', 'ended'];
const ACTIONS = ['start', 'reveal', 'next', 'previous', 'timer_start', 'timer_stop', 'swap', 'wrap_up', 'end'];

/**
 * The live interview room: its state (the shared reducer's RoomState as JSON, with its version beside it so
 * a stale action is refused under the row lock), the log of every accepted action (feedback reads the
 * questions asked and their timings from it), and the interviewers' private notes per question.
 */
export class LiveRoom1763975000000 implements MigrationInterface {
  name = 'LiveRoom1763975000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE room_states (
        session_id uuid PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        state jsonb NOT NULL,
        version integer NOT NULL CHECK (version >= 0),
        -- peer sessions: the second half's script, another persona's, frozen when the room opened
        second_snapshot_id uuid REFERENCES script_snapshots (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT room_states_version_matches_state CHECK ((state ->> 'version')::int = version)
      )`);
    await db.query(`
      CREATE TABLE room_log (
        session_id uuid NOT NULL REFERENCES room_states (session_id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version > 0),
        at timestamptz NOT NULL,
        -- no foreign key: the log is history and keeps who acted even if the account goes
        "by" uuid NOT NULL,
        type text NOT NULL CHECK (type IN (${list(ACTIONS)})),
        half smallint NOT NULL CHECK (half IN (1, 2)),
        phase text NOT NULL CHECK (phase IN (${list(PHASES)})),
        question_id uuid,
        revealed boolean NOT NULL,
        PRIMARY KEY (session_id, version)
      )`);
    await db.query(`
      CREATE TABLE room_notes (
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        question_id uuid NOT NULL,
        -- an empty note is deleted rather than stored
        text text NOT NULL CHECK (text <> ''),
        saved_at timestamptz NOT NULL,
        PRIMARY KEY (session_id, author_id, question_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE room_notes`);
    await db.query(`DROP TABLE room_log`);
    await db.query(`DROP TABLE room_states`);
  }
}
