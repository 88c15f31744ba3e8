import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { serverLogFile } from './server-log.js';

/**
 * A connection to the test server's embedded PostgreSQL, for the rare journey that must arrange what no page can
 * (time itself). playwright.config starts the server with DATA_DIR `rounds-browser-data-<port>`; the server keeps the
 * cluster's password there and logs the port it chose. Close the client after use.
 */
export async function testDatabase(port: number): Promise<pg.Client> {
  const password = (await readFile(path.join(os.tmpdir(), `rounds-browser-data-${port}`, 'postgres-password'), 'utf8')).trim();
  let databasePort: number | undefined;
  for (const line of (await readFile(serverLogFile(port), 'utf8')).split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; port?: number };
    if (entry.msg?.startsWith('embedded PostgreSQL is ready') && typeof entry.port === 'number') databasePort = entry.port;
  }
  if (databasePort === undefined) throw new Error('the test server has not logged its embedded PostgreSQL port');
  const client = new pg.Client({ host: '127.0.0.1', port: databasePort, user: 'rounds', password, database: 'rounds' });
  await client.connect();
  return client;
}
