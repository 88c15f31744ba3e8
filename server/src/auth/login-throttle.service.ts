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

  /** Throws 429 with Retry-After once this window's failures reach the budget. */
  async assertAllowed(address: string): Promise<void> {
    const window = this.currentWindow();
    const rows: { attempts: number }[] = await this.db.query(
      `SELECT attempts FROM login_attempts WHERE address = $1 AND window_start = $2`,
      [address, window.start],
    );
    if ((rows[0]?.attempts ?? 0) >= this.config.loginMaxAttempts) {
      const retryAfter = Math.ceil((window.start.getTime() + window.ms - Date.now()) / 1000);
      throw tooManyRequests(
        `Too many failed sign-in attempts from your address. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
        retryAfter,
      );
    }
  }

  async recordFailure(address: string): Promise<void> {
    const window = this.currentWindow();
    const rows: { attempts: number }[] = await this.db.query(
      `INSERT INTO login_attempts (address, window_start, attempts) VALUES ($1, $2, 1)
       ON CONFLICT (address, window_start) DO UPDATE SET attempts = login_attempts.attempts + 1
       RETURNING attempts`,
      [address, window.start],
    );
    if (rows[0].attempts === 1) {
      // First failure of a new window: forget windows older than a day.
      await this.db.query(`DELETE FROM login_attempts WHERE window_start < now() - interval '1 day'`);
    }
  }

  private currentWindow(): { start: Date; ms: number } {
    const ms = this.config.loginWindowMinutes * 60_000;
    return { start: new Date(Math.floor(Date.now() / ms) * ms), ms };
  }
}
