import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { tooManyRequests } from '../common/problem.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

/** Failures an account may have before each further attempt must wait. */
const FREE_FAILURES = 5;
/** Reset links one e-mail address may be sent per hour. */
const RESET_LINKS_PER_EMAIL_PER_HOUR = 3;
/** The longest wait between attempts at one account, however many failures: a lockout that ends. */
const MAX_BACKOFF_SECONDS = 15 * 60;

/**
 * Budgets for the actions that hash passwords, counted in PostgreSQL so every server instance shares them:
 * sign-in failures per client address, registrations per client address, and a backoff per account so that
 * many addresses cannot take turns guessing one password.
 */
@Injectable()
export class SignInThrottleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Counts a sign-in attempt from an address before the password is checked, atomically, so parallel
   * guesses cannot all slip under the limit. Successful sign-ins give theirs back (`signedIn`): a clinic or
   * classroom behind one address must not lock itself out.
   */
  async reserveSignIn(address: string, email: string): Promise<void> {
    await this.reserve(
      'sign-in',
      address,
      this.config.loginMaxAttempts,
      this.config.loginWindowMinutes,
      'Too many failed sign-in attempts from your address.',
    );
    await this.reserveAccountAttempt(email);
  }

  async signedIn(address: string, email: string): Promise<void> {
    await this.db.query(
      `UPDATE rate_limit_windows SET hits = greatest(hits - 1, 0) WHERE scope = 'sign-in' AND key = $1 AND window_start = $2`,
      [address, windowStart(this.config.loginWindowMinutes)],
    );
    await this.forgetAccountFailures(email);
  }

  /** Every registration counts, successful or not: each one hashes a password. */
  reserveRegistration(address: string): Promise<void> {
    return this.reserve('register', address, this.config.registrationMaxPerHour, 60, 'Too many registrations from your address.');
  }

  /**
   * Every reset request counts, per client address and per e-mail address (whether or not it has an account, so
   * the limit tells nobody which addresses are registered): a link cannot be used to flood someone's inbox.
   */
  async reservePasswordReset(address: string, email: string): Promise<void> {
    await this.reserve(
      'password-reset',
      address,
      this.config.passwordResetMaxPerHour,
      60,
      'Too many password reset requests from your address.',
    );
    await this.reserve(
      'password-reset-email',
      email.toLowerCase(),
      RESET_LINKS_PER_EMAIL_PER_HOUR,
      60,
      'Reset links for this e-mail address were asked for several times in the last hour: use the latest one you received.',
    );
  }

  /** The account's backoff for failed sign-ins is over (a right password, or a new one set through a reset link). */
  async forgetAccountFailures(email: string): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_backoff WHERE email = $1`, [email.toLowerCase()]);
  }

  private async reserve(scope: string, key: string, max: number, windowMinutes: number, reason: string): Promise<void> {
    const start = windowStart(windowMinutes);
    const [{ hits }]: { hits: number }[] = await this.db.query(
      `INSERT INTO rate_limit_windows (scope, key, window_start, hits) VALUES ($1, $2, $3, 1)
       ON CONFLICT (scope, key, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1
       RETURNING hits`,
      [scope, key, start],
    );
    // The first hit of a new window also forgets windows older than a day.
    if (hits === 1) await this.db.query(`DELETE FROM rate_limit_windows WHERE window_start < now() - interval '1 day'`);
    if (hits > max) {
      const retryAfter = Math.max(1, Math.ceil((start.getTime() + windowMinutes * 60_000 - Date.now()) / 1000));
      throw tooManyRequests(`${reason} Try again in ${Math.ceil(retryAfter / 60)} minute(s).`, retryAfter);
    }
  }

  /**
   * Records the attempt as a failure in advance (a success deletes it) unless the account is still waiting
   * out its backoff: one conditional upsert, so concurrent attempts from many addresses are counted exactly.
   * The wait doubles with each failure past the free ones, up to MAX_BACKOFF_SECONDS.
   */
  private async reserveAccountAttempt(email: string): Promise<void> {
    const key = email.toLowerCase();
    const admitted: unknown[] = await this.db.query(
      // Free failures leave no wait at all ('-infinity'), and waits are measured with clock_timestamp(): a
      // statement that queued behind another's row lock must not find a wait that began after it did.
      `INSERT INTO sign_in_backoff AS b (email, failures, blocked_until) VALUES ($1, 1, '-infinity')
       ON CONFLICT (email) DO UPDATE
         SET failures = b.failures + 1,
             blocked_until = CASE WHEN b.failures + 1 <= $2 THEN '-infinity'::timestamptz
                                  ELSE clock_timestamp() + make_interval(secs => least($3, 2 ^ (b.failures + 1 - $2))) END
         WHERE b.blocked_until <= clock_timestamp()
       RETURNING email`,
      [key, FREE_FAILURES, MAX_BACKOFF_SECONDS],
    );
    if (admitted.length) return;
    const rows: { wait: number }[] = await this.db.query(
      `SELECT greatest(1, ceil(extract(epoch FROM blocked_until - clock_timestamp())))::int AS wait FROM sign_in_backoff WHERE email = $1`,
      [key],
    );
    const wait = rows[0]?.wait ?? 1;
    throw tooManyRequests(`Too many failed sign-in attempts for this account. Wait ${wait} second(s) before trying again.`, wait);
  }
}

function windowStart(windowMinutes: number): Date {
  const ms = windowMinutes * 60_000;
  return new Date(Math.floor(Date.now() / ms) * ms);
}
