// jest loads global setup outside its ESM module mapping, so this uses the built server (npm test builds first).
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * One PostgreSQL for the whole run: DATABASE_URL when given (a server we may create databases on),
 * otherwise the embedded one in a throw-away folder. Each test file then makes its own database.
 */
export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.ROUNDS_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const built = new URL('../../dist/database/embedded-postgres.js', import.meta.url);
  if (!existsSync(built)) throw new Error('The server is not built: run "npm run build" (npm test does it first).');
  const { startEmbeddedPostgres } = await import(built.href);
  const { createLogger } = await import(new URL('../../dist/logging/logger.js', import.meta.url).href);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rounds-jest-'));
  globalThis.roundsTestDatabase = await startEmbeddedPostgres(dataDir, createLogger('warn'));
  process.env.ROUNDS_TEST_ADMIN_URL = globalThis.roundsTestDatabase.url;
}
