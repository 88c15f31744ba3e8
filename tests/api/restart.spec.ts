import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isProcessAlive } from '../../server/src/database/embedded/processes.js';
import { freePort, launch, ready, type SpawnedServer } from './support/spawned-server.js';

// Restarts of the production server on the embedded database: after a crash, beside a running one, and
// from a folder that the "postgres" account (which runs PostgreSQL when Rounds runs as root) cannot enter.
const SECRET = 'restart-test-secret-that-is-long-enough-to-pass';
const PASSWORD = 'restart-test-password';

interface Running extends SpawnedServer {
  base: string;
}

async function startServer(dataDir: string): Promise<Running> {
  const port = await freePort();
  const server = launch({ NODE_ENV: 'production', SESSION_SECRET: SECRET, DATA_DIR: dataDir, PORT: String(port) });
  await ready(server);
  return { ...server, base: `http://127.0.0.1:${port}` };
}

async function stopServer(server: Running): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

function register(server: Running, email: string): Promise<Response> {
  return fetch(`${server.base}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, displayName: 'Restart Tester', timeZone: 'Europe/London' }),
  });
}

function signIn(server: Running, email: string): Promise<Response> {
  return fetch(`${server.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
}

/** The watchdog shell the server runs beside PostgreSQL, found among the server's children in /proc. */
function watchdogOf(serverPid: number): number {
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === serverPid;
      } catch {
        return false;
      }
    });
  const watchdog = children.find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('rounds-postgres-watchdog'));
  if (!watchdog) throw new Error(`no watchdog among the children of ${serverPid}: ${children.join(', ')}`);
  return Number(watchdog);
}

describe('restarting the production server on the embedded database', () => {
  const folders: string[] = [];
  async function newDataDir(): Promise<string> {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'rounds-restart-'));
    await chmod(dataDir, 0o755);
    folders.push(dataDir);
    return dataDir;
  }
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('starts again after the server was killed with SIGKILL, with its data kept', async () => {
    const dataDir = await newDataDir();
    const first = await startServer(dataDir);
    expect((await register(first, 'kept@example.test')).status).toBe(201);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await startServer(dataDir);
    expect((await signIn(second, 'kept@example.test')).status).toBe(200);
    await stopServer(second);
  }, 90_000);

  it('stops a PostgreSQL that outlived its server (and its watchdog), then starts normally with the data kept', async () => {
    const dataDir = await newDataDir();
    const first = await startServer(dataDir);
    expect((await register(first, 'orphan@example.test')).status).toBe(201);
    // The watchdog first, so it cannot stop PostgreSQL: this leaves the orphan an older Rounds would leave.
    process.kill(watchdogOf(first.child.pid!), 'SIGKILL');
    first.child.kill('SIGKILL');
    await first.exited;
    const orphan = Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(isProcessAlive(orphan)).toBe(true);

    // PID 1 here may never reap the orphan it inherits, so a zombie counts as stopped (as the server counts it).
    const second = await startServer(dataDir);
    expect(second.output()).toContain('stopping the embedded PostgreSQL left running by a Rounds that ended without stopping it');
    expect(isProcessAlive(orphan)).toBe(false);
    expect((await signIn(second, 'orphan@example.test')).status).toBe(200);
    await stopServer(second);
  }, 90_000);

  it('refuses, in one sentence, to start on a data directory whose Rounds is still running', async () => {
    const dataDir = await newDataDir();
    const first = await startServer(dataDir);
    const second = launch({ NODE_ENV: 'production', SESSION_SECRET: SECRET, DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(
      `Another Rounds (process ${first.child.pid}) is already running on the data directory ${dataDir}: stop it first, or give this one its own DATA_DIR.`,
    );
    expect(second.output()).not.toMatch(/\n\s+at /);
    expect((await fetch(`${first.base}/api/health`)).status).toBe(200);
    await stopServer(first);
  }, 90_000);

  it('runs with its data directory inside a folder only its owner can enter (as root, PostgreSQL runs as "postgres")', async () => {
    const privateFolder = await mkdtemp(path.join(tmpdir(), 'rounds-private-'));
    folders.push(privateFolder);
    await chmod(privateFolder, 0o700);
    const dataDir = path.join(privateFolder, 'data');
    const location = path.join(dataDir, 'postgres-location');
    try {
      const first = await startServer(dataDir);
      expect((await register(first, 'private@example.test')).status).toBe(201);
      await stopServer(first);
      const second = await startServer(dataDir);
      expect((await signIn(second, 'private@example.test')).status).toBe(200);
      await stopServer(second);
    } finally {
      // As root the cluster lives outside the private folder; the data directory says where.
      if (existsSync(location)) await rm((await readFile(location, 'utf8')).trim(), { recursive: true, force: true });
    }
  }, 120_000);
});
