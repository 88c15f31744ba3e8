// Benchmarks of the API against the built server as a deployment runs it (production mode, request logs on,
// embedded PostgreSQL): latency of the hot paths, then the signed-in token endpoint side by side with a bare
// Node server that only signs. Figures are printed, never asserted. Run with `npm run bench` (builds first).
// BENCH_REQUESTS, BENCH_CONCURRENCY, BENCH_SECONDS, BENCH_ROUNDS and BENCH_LOG_LEVEL tune it.
import { routes, type Endpoint } from '@rounds/shared';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeFirstLoad, FIRST_LOAD_BUDGET_KB, measureFirstLoad } from '../support/first-load.js';
import { BENCH_PASSWORD, makeBenchWorld, startProductionServer } from './bench-world.js';
import { describeLoad, freePort, runLoad, type BenchRequest, type LoadResult } from './load.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TOKEN_PATH = '/api/sessions/:sessionId/token';

async function row(name: string, spec: BenchRequest, maxRequests = REQUESTS) {
  const result = await runLoad(spec, { concurrency: CONCURRENCY, maxRequests, maxSeconds: SECONDS * 2 });
  console.log(describeLoad(name, result));
}

/** The bare signer (bare-signer.ts) in a process of its own, as the server is. */
async function startBareSigner(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const signer = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'bare-signer.ts')], {
    env: { ...process.env, BARE_SIGNER_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    signer.stdout!.once('data', () => resolve());
    signer.once('exit', (code) => reject(new Error(`the bare signer exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/token`,
    async stop() {
      signer.kill('SIGTERM');
      await new Promise((resolve) => signer.once('exit', resolve));
    },
  };
}

/** Best of several alternating rounds: on a shared machine the best round is the one least disturbed. */
async function bestOf(spec: BenchRequest): Promise<LoadResult> {
  const result = await runLoad(spec, { concurrency: CONCURRENCY, maxRequests: 1_000_000, maxSeconds: SECONDS });
  return result;
}

async function tokenSection(base: string, cookie: string, sessionId: string) {
  const tokenRoute = Object.values(routes as Record<string, Endpoint>).find(
    (endpoint) => endpoint.method === 'POST' && endpoint.path === TOKEN_PATH,
  );
  const rounds: BenchRequest = tokenRoute
    ? { method: 'POST', url: `${base}${TOKEN_PATH.replace(':sessionId', sessionId)}`, headers: { cookie } }
    : { url: `${base}/api/sessions/${sessionId}`, headers: { cookie } };
  const roundsName = tokenRoute ? `POST ${TOKEN_PATH}` : 'GET /api/sessions/:sessionId';
  const signer = await startBareSigner();
  const bare: BenchRequest = { method: 'POST', url: signer.url };
  try {
    console.log(
      `\nToken endpoint vs a bare node:http server that only signs (livekit-server-sdk AccessToken.toJwt), ` +
        `${CONCURRENCY} clients, best of ${ROUNDS} alternating rounds of ${SECONDS} s`,
    );
    if (!tokenRoute) {
      console.log(
        `  (${TOKEN_PATH} is not in the route table yet: measuring ${roundsName}, a signed-in read of the same session)`,
      );
    }
    // Warm both up (JIT, connection pools) before anything counts.
    await runLoad(rounds, { concurrency: CONCURRENCY, maxRequests: 500, maxSeconds: 2 });
    await runLoad(bare, { concurrency: CONCURRENCY, maxRequests: 500, maxSeconds: 2 });
    let bestRounds: LoadResult | undefined;
    let bestBare: LoadResult | undefined;
    for (let round = 0; round < ROUNDS; round += 1) {
      const r = await bestOf(rounds);
      const b = await bestOf(bare);
      if (!bestRounds || r.perSecond > bestRounds.perSecond) bestRounds = r;
      if (!bestBare || b.perSecond > bestBare.perSecond) bestBare = b;
    }
    console.log(describeLoad(`Rounds ${roundsName}`, bestRounds!));
    console.log(describeLoad('bare signer POST /token', bestBare!));
    console.log(`ratio Rounds / bare: ${(bestRounds!.perSecond / bestBare!.perSecond).toFixed(2)}×`);
    if (tokenRoute && bestRounds!.failures === 0 && !bestRounds!.firstBody.includes('participantToken')) {
      console.log(`  note: the token endpoint's answer has no participantToken: ${bestRounds!.firstBody.slice(0, 200)}`);
    }
  } finally {
    await signer.stop();
  }
}

async function main() {
  const server = await startProductionServer();
  try {
    const { base } = server;
    const world = await makeBenchWorld(base);
    const candidate = { cookie: world.candidate.cookie };
    const coordinator = { cookie: world.coordinator.cookie };
    console.log(
      `\nRounds API (production mode, info logs), ${CONCURRENCY} concurrent clients on loopback, embedded PostgreSQL\n`,
    );
    await row('GET /api/health', { url: `${base}/api/health` });
    await row('GET /api/auth/me', { url: `${base}/api/auth/me`, headers: candidate });
    await row('GET /api/sessions/:sessionId', { url: `${base}/api/sessions/${world.sessionId}`, headers: candidate });
    await row('GET /api/cohorts', { url: `${base}/api/cohorts`, headers: coordinator });
    const login: BenchRequest = {
      method: 'POST',
      url: `${base}/api/auth/login`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: world.coordinator.email, password: BENCH_PASSWORD }),
    };
    await row('POST /api/auth/login (argon2id)', login, Math.max(20, REQUESTS / 20));
    await tokenSection(base, world.candidate.cookie, world.sessionId);
    // Linux only: the server's resident memory after the load.
    const status = await readFile(`/proc/${server.process.pid}/status`, 'utf8').catch(() => '');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    if (rss) console.log(`\nserver RSS after the run: ${(Number(rss) / 1024).toFixed(0)} MiB`);
  } finally {
    await server.stop();
  }
}

// The client's first download, from the build `npm run bench` has just made.
console.log(`\nclient first load: ${describeFirstLoad(measureFirstLoad())}; budget ${FIRST_LOAD_BUDGET_KB} kB`);
await main();
