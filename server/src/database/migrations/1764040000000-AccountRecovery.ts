import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts people can recover and leave.
 *
 * - `password_resets`: one row per e-mailed reset link, holding only a hash of its token. A used link keeps its row
 *   (`used_at`) until it is purged, so it answers "already used" rather than "expired"; a person's newer link
 *   replaces their unused ones.
 * - `users.deleted_at`: a deleted account is not removed but emptied. Its row stays, renamed "a former member", so
 *   that what other people need (feedback it submitted, attendance of shared sessions: tables that reference users
 *   ON DELETE CASCADE) keeps its author; everything about the person is removed or blanked, and its address is
 *   freed. Such a row has no roles, so the roles check allows an empty list only for it.
 */
export class AccountRecovery1764040000000 implements MigrationInterface {
  name = 'AccountRecovery1764040000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX password_resets_token_hash_key ON password_resets (token_hash)`);
    await db.query(`CREATE INDEX password_resets_user_idx ON password_resets (user_id)`);

    await db.query(`ALTER TABLE users ADD COLUMN deleted_at timestamptz`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_roles_check`);
    await db.query(`
      ALTER TABLE users ADD CONSTRAINT users_roles_check
        CHECK (roles <@ ARRAY['candidate', 'mentor', 'coordinator'] AND (cardinality(roles) > 0 OR deleted_at IS NOT NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Former members keep their rows (others' feedback points at them): give them a role the old check accepts.
    await db.query(`UPDATE users SET roles = ARRAY['candidate'] WHERE cardinality(roles) = 0`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_roles_check`);
    await db.query(`
      ALTER TABLE users ADD CONSTRAINT users_roles_check
        CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['candidate', 'mentor', 'coordinator'])`);
    await db.query(`ALTER TABLE users DROP COLUMN deleted_at`);
    await db.query(`DROP TABLE password_resets`);
  }
}
