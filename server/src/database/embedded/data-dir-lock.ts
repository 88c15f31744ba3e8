import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive, processStartTime } from './processes.js';
import { EmbeddedPostgresError } from './startup-error.js';

const LOCK_FILE = 'rounds.pid';

export interface DataDirLock {
  release(): void;
}

/**
 * Records this process as the owner of the data directory. An owner that is still running makes this
 * start refuse; an owner that is gone (killed, crashed) leaves a stale file that is simply taken over.
 * The file holds "<pid> <start time>" so an unrelated process that reused the id is not mistaken for it.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const me = `${process.pid} ${processStartTime(process.pid) ?? ''}`.trim();
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, `${me}\n`, { flag: 'wx', mode: 0o644 });
      return { release: () => releaseIfMine(file, me) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner && owner.pid !== process.pid && ownerIsRunning(owner)) {
      throw new EmbeddedPostgresError(
        `Another Rounds (process ${owner.pid}) is already running on the data directory ${dataDir}: stop it first, ` +
          `or give this one its own DATA_DIR.`,
      );
    }
    unlinkSync(file);
  }
  throw new EmbeddedPostgresError(`Could not lock the data directory ${dataDir}: another Rounds is starting on it.`);
}

interface Owner {
  pid: number;
  startTime?: string;
}

function readOwner(file: string): Owner | undefined {
  try {
    const [pid, startTime] = readFileSync(file, 'utf8').trim().split(/\s+/);
    return Number.isInteger(Number(pid)) && Number(pid) > 0 ? { pid: Number(pid), startTime } : undefined;
  } catch {
    return undefined;
  }
}

function ownerIsRunning(owner: Owner): boolean {
  if (!isProcessAlive(owner.pid)) return false;
  const startTime = processStartTime(owner.pid);
  return !owner.startTime || !startTime || owner.startTime === startTime;
}

function releaseIfMine(file: string, me: string): void {
  try {
    if (readFileSync(file, 'utf8').trim() === me) unlinkSync(file);
  } catch {
    // Already gone.
  }
}
