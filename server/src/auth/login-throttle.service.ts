import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { tooManyRequests } from '../common/problem.js';

/**
 * Sign-in attempts per client address in fixed windows, counted in PostgreSQL so that every
 * server instance shares one budget.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one attempt; throws 429 with Retry-After once the window's budget is spent. */
  async countAttempt(address: string): Promise<void> {
    const windowMs = this.config.loginWindowMinutes * 60_000;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    const rows: { attempts: number }[] = await this.db.query(
      `INSERT INTO login_attempts (address, window_start, attempts) VALUES ($1, $2, 1)
       ON CONFLICT (address, window_start) DO UPDATE SET attempts = login_attempts.attempts + 1
       RETURNING attempts`,
      [address, windowStart],
    );
    if (rows[0].attempts === 1) {
      // First attempt of a new window: forget windows older than a day.
      await this.db.query(`DELETE FROM login_attempts WHERE window_start < now() - interval '1 day'`);
    }
    if (rows[0].attempts > this.config.loginMaxAttempts) {
      const retryAfter = Math.ceil((windowStart.getTime() + windowMs - Date.now()) / 1000);
      throw tooManyRequests(
        `Too many sign-in attempts from your address. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
        retryAfter,
      );
    }
  }
}
