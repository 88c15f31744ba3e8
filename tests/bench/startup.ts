// Start-up benchmark: how long the build takes (full, and with nothing changed) and where the built
// server's boot time goes, on a fresh data directory and again on the same one. Figures are printed,
// never asserted. Run with `npm run bench` (after run.ts) or `npx tsx tests/bench/startup.ts`.
import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function timeBuild(args: string[]): string {
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/build.mjs', ...args], { cwd: ROOT, stdio: 'ignore' });
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/** Log messages that end a start-up phase, in the order they appear. */
const MILESTONES: [label: string, message: RegExp][] = [
  // Modules load while PostgreSQL starts (and, on a fresh data directory, initdb runs).
  ['process start → embedded PostgreSQL ready', /embedded PostgreSQL is ready/],
  ['→ Nest starting', /Starting Nest application/],
  ['→ built-in questions and scripts checked', /built-in questions and scripts/],
  ['→ demo cohort seeded or skipped', /demo cohort|DemoData/],
  ['→ serving (banner printed)', /Rounds is running at/],
];

async function boot(dataDir: string): Promise<void> {
  const port = await freePort();
  const started = performance.now();
  const server = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const reached: (number | undefined)[] = MILESTONES.map(() => undefined);
  await new Promise<void>((resolve, reject) => {
    let pending = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        MILESTONES.forEach(([, message], index) => {
          if (reached[index] === undefined && message.test(line)) reached[index] = performance.now() - started;
        });
      }
      if (reached[MILESTONES.length - 1] !== undefined) resolve();
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  let previous = 0;
  MILESTONES.forEach(([label], index) => {
    const at = reached[index];
    if (at === undefined) return;
    console.log(`  ${label.padEnd(58)} ${(at / 1000).toFixed(2).padStart(6)} s  (+${((at - previous) / 1000).toFixed(2)} s)`);
    previous = at;
  });
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}

async function main(): Promise<void> {
  console.log('\nStart-up (the load of other processes on this machine counts: compare runs on a quiet machine)\n');
  console.log(`build, nothing changed:  ${timeBuild([])}`);
  console.log(`build, everything:       ${timeBuild(['--force'])}\n`);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rounds-bench-startup-'));
  await chmod(dataDir, 0o755);
  try {
    console.log('server, fresh data directory:');
    await boot(dataDir);
    console.log('server, same data directory again:');
    await boot(dataDir);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
