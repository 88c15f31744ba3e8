import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, login throttling, cohorts, invitations and the e-mail outbox. */
export class Accounts1763900000000 implements MigrationInterface {
  name = 'Accounts1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        password_hash text NOT NULL,
        display_name text NOT NULL,
        time_zone text NOT NULL,
        track text CHECK (track IN ('residency_fellowship', 'healthcare_job', 'informational')),
        experience_level text CHECK (experience_level IN ('entry', 'mid', 'senior')),
        specialty text,
        bio text,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['candidate', 'mentor', 'coordinator']),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);

    await db.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        user_agent text
      )`);
    await db.query(`CREATE UNIQUE INDEX auth_sessions_token_hash_key ON auth_sessions (token_hash)`);
    await db.query(`CREATE INDEX auth_sessions_user_id_idx ON auth_sessions (user_id)`);

    await db.query(`
      CREATE TABLE login_attempts (
        address text NOT NULL,
        window_start timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        PRIMARY KEY (address, window_start)
      )`);

    await db.query(`
      CREATE TABLE cohorts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE cohort_members (
        cohort_id uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('candidate', 'mentor', 'coordinator')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cohort_id, user_id, role)
      )`);
    await db.query(`CREATE INDEX cohort_members_user_id_idx ON cohort_members (user_id)`);

    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        role text NOT NULL CHECK (role IN ('candidate', 'mentor', 'coordinator')),
        token text NOT NULL,
        invited_by uuid NOT NULL REFERENCES users (id),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users (id),
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (accepted_at IS NULL OR revoked_at IS NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX invitations_token_key ON invitations (token)`);
    // At most one open invitation per person and role in a cohort, even under concurrent requests.
    await db.query(`
      CREATE UNIQUE INDEX invitations_open_key ON invitations (cohort_id, email, role)
      WHERE accepted_at IS NULL AND revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await db.query(`CREATE INDEX outbox_messages_unsent_idx ON outbox_messages (created_at) WHERE sent_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'outbox_messages',
      'invitations',
      'cohort_members',
      'cohorts',
      'login_attempts',
      'auth_sessions',
      'users',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
