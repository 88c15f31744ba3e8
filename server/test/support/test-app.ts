import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createApp } from '../../src/app.js';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/logging/logger.js';
import { ApiClient } from './api-client.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  baseUrl: string;
  databaseName: string;
  /** A new client with its own cookie jar: one per simulated person. */
  client(): ApiClient;
  /** Runs SQL directly against this test's database. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs SQL as the cluster's administrator (on the maintenance database). */
  adminSql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.ROUNDS_TEST_ADMIN_URL;
  if (!url) throw new Error('ROUNDS_TEST_ADMIN_URL is not set: run the tests through jest (npm test)');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function runSql<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Boots the real application (its JSON log lines to `logTo` when given, with LOG_LEVEL set), migrations included, on a fresh database and a random port. */
export async function startTestApp(
  environment: Record<string, string> = {},
  options: { logTo?: NodeJS.WritableStream } = {},
): Promise<TestApp> {
  const databaseName = `rounds_test_${randomBytes(6).toString('hex')}`;
  const maintenanceUrl = withDatabase(adminUrl(), 'postgres');
  await runSql(maintenanceUrl, `CREATE DATABASE ${databaseName}`);
  const databaseUrl = withDatabase(adminUrl(), databaseName);
  const config = loadConfig({
    NODE_ENV: 'test',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    PORT: '0',
    // Every test signs in from 127.0.0.1; the throttle has its own test with a small budget.
    LOGIN_MAX_ATTEMPTS: '10000',
    REGISTRATION_MAX_PER_HOUR: '10000',
    PASSWORD_RESET_MAX_PER_HOUR: '10000',
    ...environment,
  });
  const app = await createApp(config, databaseUrl, createLogger(config.logLevel, options.logTo));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    baseUrl,
    databaseName,
    client: () => new ApiClient(baseUrl),
    sql: (text, params) => runSql(databaseUrl, text, params),
    adminSql: (text, params) => runSql(maintenanceUrl, text, params),
    close: async () => {
      await app.close();
      await runSql(maintenanceUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    },
  };
}
