import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { tooManyRequests } from '../common/problem.js';

/**
 * Failed sign-ins per client address in fixed windows, counted in PostgreSQL so that every server instance
 * shares one budget. Successful sign-ins are not counted: a clinic or classroom behind one address must not
 * lock itself out.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Counts an attempt before the password is checked, atomically, so parallel guesses cannot all slip
   * under the limit; throws 429 with Retry-After once the window's budget is spent.
   */
  async reserveAttempt(address: string): Promise<void> {
    const window = this.currentWindow();
    const rows: { attempts: number }[] = await this.db.query(
      `INSERT INTO login_attempts (address, window_start, attempts) VALUES ($1, $2, 1)
       ON CONFLICT (address, window_start) DO UPDATE SET attempts = login_attempts.attempts + 1
       RETURNING attempts`,
      [address, window.start],
    );
    if (rows[0].attempts === 1) {
      // First attempt of a new window: forget windows older than a day.
      await this.db.query(`DELETE FROM login_attempts WHERE window_start < now() - interval '1 day'`);
    }
    if (rows[0].attempts > this.config.loginMaxAttempts) {
      const retryAfter = Math.ceil((window.start.getTime() + window.ms - Date.now()) / 1000);
      throw tooManyRequests(
        `Too many failed sign-in attempts from your address. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
        retryAfter,
      );
    }
  }

  /** A successful sign-in gives its attempt back: only failures use up the budget. */
  async releaseAttempt(address: string): Promise<void> {
    await this.db.query(
      `UPDATE login_attempts SET attempts = greatest(attempts - 1, 0) WHERE address = $1 AND window_start = $2`,
      [address, this.currentWindow().start],
    );
  }

  private currentWindow(): { start: Date; ms: number } {
    const ms = this.config.loginWindowMinutes * 60_000;
    return { start: new Date(Math.floor(Date.now() / ms) * ms), ms };
  }
}
