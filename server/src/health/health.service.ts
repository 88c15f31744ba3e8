import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Health, Liveness, Readiness } from '@rounds/shared';
import { DataSource } from 'typeorm';
import { ApiProblem } from '../common/problem.js';

const VERSION = process.env.npm_package_version ?? '0.1.0';
const PING_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  private draining = false;

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

  liveness(): Liveness {
    return { status: 'alive', uptimeSeconds: Math.round(process.uptime()) };
  }

  /** From now on readiness answers 503, so a load balancer sends this instance nothing new while it drains. */
  startDraining(): void {
    this.draining = true;
  }

  /**
   * Ready when not shutting down, the database answers, and its migrations table lists every migration this
   * build knows (a replica of a newer version started against an older schema is not ready). Else a 503 problem
   * naming what is missing.
   */
  async readiness(): Promise<Readiness> {
    if (this.draining) throw notReady('This instance is shutting down: send requests to another one.');
    let applied: Set<string>;
    try {
      applied = new Set(await withTimeout(this.appliedMigrations(), 'the database did not answer in time'));
    } catch (error) {
      throw notReady(`The database cannot be reached (${(error as Error).message}).`);
    }
    const expected = this.db.migrations.map(migrationName);
    const missing = expected.filter((name) => !applied.has(name));
    if (missing.length) {
      const list = missing.join(', ');
      throw notReady(
        `The database lacks ${missing.length === 1 ? 'migration' : 'migrations'} ${list}: ` +
          'they run when the server starts; check its start-up log for why they did not.',
      );
    }
    return { status: 'ready', database: 'up', migrationsApplied: expected.length };
  }

  /** Names recorded in TypeORM's migrations table; none when the table does not exist yet. */
  private async appliedMigrations(): Promise<string[]> {
    const table = this.db.options.migrationsTableName ?? 'migrations';
    const exists = await this.db.query<{ present: boolean }[]>(`SELECT to_regclass($1) IS NOT NULL AS present`, [table]);
    if (!exists[0]?.present) return [];
    const rows = await this.db.query<{ name: string }[]>(`SELECT name FROM "${table.replace(/"/g, '""')}"`);
    return rows.map((row) => row.name);
  }

  /** A database that does not answer within two seconds counts as down, so health never hangs. */
  private async pingDatabase(): Promise<boolean> {
    try {
      await withTimeout(this.db.query('SELECT 1'), 'database ping timed out');
      return true;
    } catch {
      return false;
    }
  }
}

function withTimeout<T>(work: Promise<T>, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), PING_TIMEOUT_MS);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** TypeORM records a migration under its `name` property, or its class name when it has none. */
function migrationName(migration: { name?: string; constructor: { name: string } }): string {
  return migration.name || migration.constructor.name;
}

function notReady(detail: string): ApiProblem {
  return new ApiProblem(503, detail);
}
