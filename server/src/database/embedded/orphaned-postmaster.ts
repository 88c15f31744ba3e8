import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { isProcessAlive, processCommandLine, waitForExit } from './processes.js';
import { EmbeddedPostgresError } from './startup-error.js';

/**
 * Called once this process owns the data directory: a PostgreSQL still running on the cluster was left
 * by a Rounds that ended without stopping it (kill -9, a crash). It is asked for a fast shutdown (SIGINT:
 * open transactions roll back, committed data stays), so the cluster can be started normally again.
 * A postmaster.pid naming no process, or a process that is not a PostgreSQL on this cluster, is stale.
 */
export async function stopOrphanedPostmaster(clusterDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const firstLine = await readFile(pidFile, 'utf8').then(
    (text) => text.split('\n')[0],
    () => undefined,
  );
  if (firstLine === undefined) return;
  const pid = Number(firstLine);
  const commandLine = Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? processCommandLine(pid) : undefined;
  if (!commandLine?.includes(clusterDir)) {
    await rm(pidFile, { force: true });
    return;
  }
  logger.warn({ pid, clusterDir }, 'stopping the embedded PostgreSQL left running by a Rounds that ended without stopping it');
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 30_000)) return;
  process.kill(pid, 'SIGQUIT');
  if (await waitForExit(pid, 10_000)) return;
  throw new EmbeddedPostgresError(
    `The PostgreSQL left running on ${clusterDir} (process ${pid}) does not stop: end it, then start Rounds again.`,
  );
}
