// Benchmarks for the walking skeleton: latency of the hot API paths against the built server on the
// embedded PostgreSQL. Figures are printed, never asserted. Run with `npm run bench` (builds first).
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeFirstLoad, FIRST_LOAD_BUDGET_KB, measureFirstLoad } from '../support/first-load.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function measure(name: string, count: number, request: () => Promise<Response>) {
  const durations: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      next += 1;
      const t0 = performance.now();
      const response = await request();
      await response.arrayBuffer();
      durations.push(performance.now() - t0);
      if (!response.ok) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))].toFixed(1);
  console.log(
    `${name.padEnd(32)} ${String(count).padStart(5)} req  ${(count / seconds).toFixed(0).padStart(6)} req/s  ` +
      `p50 ${at(0.5).padStart(6)} ms  p95 ${at(0.95).padStart(6)} ms  p99 ${at(0.99).padStart(6)} ms  failures ${failures}`,
  );
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rounds-bench-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LOGIN_MAX_ATTEMPTS: '10000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Rounds is running at')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  try {
    const password = process.env.DEMO_PASSWORD ?? 'rounds-demo-practice';
    const login = () =>
      fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'coordinator@demo.test', password }),
      });
    const cookie = (await login()).headers.get('set-cookie')!.split(';')[0];
    console.log(`Rounds API, ${CONCURRENCY} concurrent clients on loopback, embedded PostgreSQL\n`);
    await measure('GET /api/health', REQUESTS, () => fetch(`${base}/api/health`));
    await measure('GET /api/auth/me', REQUESTS, () => fetch(`${base}/api/auth/me`, { headers: { cookie } }));
    await measure('GET /api/cohorts', REQUESTS, () => fetch(`${base}/api/cohorts`, { headers: { cookie } }));
    await measure('POST /api/auth/login (argon2id)', Math.max(20, REQUESTS / 10), login);
    // Linux only: the server's resident memory after the load.
    const status = await readFile(`/proc/${server.pid}/status`, 'utf8').catch(() => '');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    if (rss) console.log(`\nserver RSS after the run: ${(Number(rss) / 1024).toFixed(0)} MiB`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

// The client's first download, from the build `npm run bench` has just made.
console.log(`\nclient first load: ${describeFirstLoad(measureFirstLoad())}; budget ${FIRST_LOAD_BUDGET_KB} kB`);
await main();
