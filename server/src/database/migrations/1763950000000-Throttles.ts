import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Throttling beyond sign-in by address: fixed-window counters for any action keyed by scope (sign-in and
 * registration per client address), and a per-account backoff so many addresses cannot take turns at one
 * account. Accounts are keyed by the normalised e-mail typed, whether or not it has an account, so the
 * answers reveal nothing about which addresses are registered.
 */
export class Throttles1763950000000 implements MigrationInterface {
  name = 'Throttles1763950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_attempts`);
    await db.query(`
      CREATE TABLE rate_limit_windows (
        scope text NOT NULL,
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL DEFAULT 0,
        PRIMARY KEY (scope, key, window_start)
      )`);
    await db.query(`
      CREATE TABLE sign_in_backoff (
        email text PRIMARY KEY,
        failures integer NOT NULL,
        blocked_until timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_backoff`);
    await db.query(`DROP TABLE rate_limit_windows`);
    await db.query(`
      CREATE TABLE login_attempts (
        address text NOT NULL,
        window_start timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        PRIMARY KEY (address, window_start)
      )`);
  }
}
