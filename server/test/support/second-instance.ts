import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/logging/logger.js';
import type { TestApp } from './test-app.js';

export interface SecondInstance {
  app: NestExpressApplication;
  baseUrl: string;
  /** Stops this instance only; the first one (and the database) stay. */
  close(): Promise<void>;
}

/**
 * Boots another application instance on the database of `t`, as a second replica behind a load balancer would be.
 * Nest's static loggers write through the application created last, so a test that reads the first one's log
 * passes the same `logTo`.
 */
export async function startSecondInstance(t: TestApp, options: { logTo?: NodeJS.WritableStream } = {}): Promise<SecondInstance> {
  const adminUrl = process.env.ROUNDS_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('ROUNDS_TEST_ADMIN_URL is not set: run the tests through jest (npm test)');
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${t.databaseName}`;
  const app = await createApp(t.config, databaseUrl.toString(), createLogger(t.config.logLevel, options.logTo));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}
