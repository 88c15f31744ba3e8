import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail delivery and calendar invites on the outbox. A message carries its iCalendar text (written in the
 * same transaction as the change); delivery claims due rows, retries with backoff and gives up after a limit.
 * Reminder jobs live in pg-boss's own schema ("pgboss"), which pg-boss creates and migrates itself.
 */
export class Notifications1763930000000 implements MigrationInterface {
  name = 'Notifications1763930000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_messages ADD COLUMN ics text`);
    // When the message may next be tried: now for a new one, later after a failure or while an instance holds it.
    await db.query(`ALTER TABLE outbox_messages ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now()`);
    // Set when delivery gave up after the last allowed attempt; such a message is kept, never retried.
    await db.query(`ALTER TABLE outbox_messages ADD COLUMN failed_at timestamptz`);
    await db.query(`DROP INDEX outbox_messages_unsent_idx`);
    await db.query(
      `CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL`,
    );
    await db.query(`CREATE INDEX outbox_messages_created_idx ON outbox_messages (created_at DESC)`);
    // Reminders look for an earlier copy of themselves before queueing one (a retried job sends once).
    await db.query(`CREATE INDEX outbox_messages_session_idx ON outbox_messages ((metadata->>'sessionId'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_messages_session_idx`);
    await db.query(`DROP INDEX outbox_messages_created_idx`);
    await db.query(`DROP INDEX outbox_messages_due_idx`);
    await db.query(`CREATE INDEX outbox_messages_unsent_idx ON outbox_messages (created_at) WHERE sent_at IS NULL`);
    await db.query(`ALTER TABLE outbox_messages DROP COLUMN failed_at, DROP COLUMN next_attempt_at, DROP COLUMN ics`);
  }
}
