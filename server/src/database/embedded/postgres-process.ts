import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { PostgresAccount } from './postgres-account.js';
import type { PostgresBinaries } from './postgres-binaries.js';
import { EmbeddedPostgresError } from './startup-error.js';

export interface ClusterSettings {
  binaries: PostgresBinaries;
  account: PostgresAccount | undefined;
  clusterDir: string;
  logger: Logger;
}

/** Options for a PostgreSQL program: as its account, English messages (we read them), cwd it can enter. */
function programOptions({ account, clusterDir }: ClusterSettings): SpawnOptions {
  return {
    ...(account ?? {}),
    cwd: path.dirname(clusterDir),
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  };
}

/** Resolves on exit with the program's output; rejects only if it could not be started at all. */
function outcome(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

function cannotRun(program: string, error: unknown): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    `The embedded PostgreSQL could not run ${program} (${(error as Error).message}): check that the "postgres" user ` +
      `can enter the folders on its path, or set DATABASE_URL.`,
  );
}

/** initdb: a new cluster whose superuser is `user`, authenticated by password (SCRAM). */
export async function initialiseCluster(settings: ClusterSettings, user: string, password: string): Promise<void> {
  const { account, clusterDir, binaries, logger } = settings;
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = `${clusterDir}.initdb-password`;
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (account) {
    await chown(clusterDir, account.uid, account.gid);
    await chown(passwordFile, account.uid, account.gid);
  }
  try {
    const args = [
      `--pgdata=${clusterDir}`,
      `--username=${user}`,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
    ];
    const { code, output } = await outcome(spawn(binaries.initdb, args, programOptions(settings))).catch((error: unknown) => {
      throw cannotRun('initdb', error);
    });
    logger.debug({ postgres: output.trim() }, 'initdb');
    if (code !== 0) {
      throw new EmbeddedPostgresError(`Creating the embedded PostgreSQL cluster in ${clusterDir} failed: ${output.trim()}`);
    }
  } finally {
    await rm(passwordFile, { force: true });
  }
}

export interface RunningPostgres {
  pid: number;
  stop(): Promise<void>;
}

const READY = 'database system is ready to accept connections';

/**
 * Starts the postmaster on 127.0.0.1:`port` only (no Unix socket) and resolves once it accepts
 * connections. A watchdog shell holds a pipe from this process: when this process ends in any way,
 * even by SIGKILL, the pipe closes and the watchdog asks PostgreSQL for a fast shutdown, so no
 * orphaned server keeps the cluster.
 */
export async function startPostmaster(settings: ClusterSettings, port: number): Promise<RunningPostgres> {
  const { binaries, clusterDir, logger } = settings;
  const args = ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  const postmaster = spawn(binaries.postgres, args, programOptions(settings));
  const exited = new Promise<number | null>((resolve) => postmaster.once('exit', (code) => resolve(code)));
  let watchdog: ChildProcess | undefined;
  void exited.then(() => watchdog?.kill('SIGKILL'));

  let output = '';
  await new Promise<void>((resolve, reject) => {
    postmaster.once('error', (error) => reject(cannotRun('postgres', error)));
    postmaster.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      for (const line of text.split('\n')) if (line.trim()) logger.debug({ postgres: line.trim() }, 'postgres');
      if (output.includes(READY)) resolve();
    });
    postmaster.once('spawn', () => {
      watchdog = spawn('/bin/sh', ['-c', 'read _; kill -INT "$1"', 'rounds-postgres-watchdog', String(postmaster.pid)], {
        stdio: ['pipe', 'ignore', 'ignore'],
      });
      watchdog.on('error', (error) => logger.warn({ err: error }, 'the embedded PostgreSQL watchdog did not start'));
      // The watchdog must never keep this process alive.
      watchdog.unref();
      (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    });
    void exited.then((code) =>
      reject(
        new EmbeddedPostgresError(`The embedded PostgreSQL in ${clusterDir} exited (${code}) while starting: ${output.trim()}`),
      ),
    );
  });
  // Keep reading its log, or a full pipe would stall it.
  postmaster.stdout!.resume();

  return {
    pid: postmaster.pid!,
    stop: async () => {
      watchdog?.kill('SIGKILL');
      if (postmaster.exitCode !== null || postmaster.signalCode !== null) return;
      postmaster.kill('SIGINT');
      const gone = await Promise.race([exited.then(() => true), delay(30_000).then(() => false)]);
      if (!gone) {
        postmaster.kill('SIGQUIT');
        await exited;
      }
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
