import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Health } from '@rounds/shared';
import { DataSource } from 'typeorm';

const VERSION = process.env.npm_package_version ?? '0.1.0';
const PING_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async check(): Promise<Health> {
    const databaseUp = await this.pingDatabase();
    return {
      status: databaseUp ? 'ok' : 'unavailable',
      database: databaseUp ? 'up' : 'down',
      version: VERSION,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }

  /** A database that does not answer within two seconds counts as down, so health never hangs. */
  private async pingDatabase(): Promise<boolean> {
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database ping timed out')), PING_TIMEOUT_MS).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
