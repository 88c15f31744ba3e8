import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open registrations waiting for their e-mail confirmation: everything needed to create the account (the
 * password already hashed with argon2id) and a SHA-256 hash of the single-use token in the link, never the token.
 * One row per address: registering again replaces it.
 */
export class PendingRegistrations1763960000000 implements MigrationInterface {
  name = 'PendingRegistrations1763960000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE pending_registrations (
        email text PRIMARY KEY CHECK (email = lower(email)),
        token_hash text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        time_zone text NOT NULL,
        track text CHECK (track IN ('residency_fellowship', 'healthcare_job', 'informational')),
        experience_level text CHECK (experience_level IN ('entry', 'mid', 'senior')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX pending_registrations_token_hash_key ON pending_registrations (token_hash)`);
    await db.query(`CREATE INDEX pending_registrations_expires_at_idx ON pending_registrations (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE pending_registrations`);
  }
}
