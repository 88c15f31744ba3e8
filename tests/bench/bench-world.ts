// What the API bench runs against: the built server as a deployment runs it (NODE_ENV=production, info-level
// request logs written to a pipe, embedded PostgreSQL) and a small world made through the API itself: a
// coordinator, a cohort, two invited candidates, and a peer session between them that has just started
// ("Practice now" over socket.io), so a token for its room may be issued.
import { routes, SOCKET_PATH, type ClientToServerEvents, type PracticeMatched, type ServerToClientEvents } from '@rounds/shared';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { freePort } from './load.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const BENCH_PASSWORD = 'bench-password-long-enough';

export interface RunningServer {
  base: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts server/dist/main.js in production mode on a fresh data directory; resolves once it serves. */
export async function startProductionServer(nodeArgs: string[] = []): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rounds-bench-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [...nodeArgs, 'server/dist/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      // Tokens are signed without a LiveKit server; the URL is only handed to clients.
      LIVEKIT_URL: 'ws://127.0.0.1:7880',
      LIVEKIT_API_KEY: 'bench-key',
      LIVEKIT_API_SECRET: 'bench-secret-that-is-long-enough-for-hs256',
      PUBLIC_URL: base,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      LOGIN_MAX_ATTEMPTS: '10000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const watch = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!output.includes('Rounds is running at')) return;
      server.stdout!.off('data', watch);
      // From here on the log lines are read and dropped, as a log collector would read them.
      server.stdout!.resume();
      resolve();
    };
    server.stdout!.on('data', watch);
    server.once('exit', (code) => reject(new Error(`the server exited with ${code} before serving:\n${output}`)));
  });
  return {
    base,
    process: server,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BenchWorld {
  coordinator: { email: string; cookie: string };
  /** A candidate taking part in `sessionId`. */
  candidate: { cookie: string };
  /** A peer session that started moments ago. */
  sessionId: string;
}

async function call(base: string, method: string, urlPath: string, body?: unknown, cookie?: string) {
  const response = await fetch(`${base}${urlPath}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${urlPath} answered ${response.status}: ${text}`);
  return { json: JSON.parse(text) as Record<string, unknown>, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

const at = (pattern: string, params: Record<string, string>) =>
  pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name]));

async function registerInvited(base: string, cohortId: string, coordinatorCookie: string, email: string, name: string) {
  const invitation = await call(
    base,
    'POST',
    at(routes.createInvitation.path, { cohortId }),
    { email, role: 'candidate' },
    coordinatorCookie,
  );
  const invitationToken = String(invitation.json.link).split('/').pop()!;
  const registered = await call(base, 'POST', routes.register.path, {
    email,
    password: BENCH_PASSWORD,
    displayName: name,
    timeZone: 'Europe/Berlin',
    track: 'residency_fellowship',
    experienceLevel: 'entry',
    invitationToken,
  });
  return registered.cookie!;
}

type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

function connect(base: string, cookie: string): Promise<BenchSocket> {
  const socket: BenchSocket = io(base, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    extraHeaders: { cookie },
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Both candidates press "Practice now"; the server pairs them into a peer session starting now. */
async function practiceNow(base: string, cohortId: string, cookies: [string, string]): Promise<string> {
  const sockets = await Promise.all(cookies.map((cookie) => connect(base, cookie)));
  try {
    const matched = sockets.map((socket) => new Promise<PracticeMatched>((resolve) => socket.once('practice:matched', resolve)));
    for (const socket of sockets) {
      const ack = await new Promise((resolve) =>
        socket.emit('practice:join', { cohortId, track: 'residency_fellowship', level: 'entry' }, resolve),
      );
      if (ack && typeof ack === 'object' && 'error' in ack) throw new Error(`practice:join failed: ${JSON.stringify(ack)}`);
    }
    const [first] = await Promise.all(matched);
    return first.sessionId;
  } finally {
    for (const socket of sockets) socket.close();
  }
}

export async function makeBenchWorld(base: string): Promise<BenchWorld> {
  const email = 'coordinator@bench.test';
  // The first account on an empty database is its coordinator, signed in at once.
  const first = await call(base, 'POST', routes.register.path, {
    email,
    password: BENCH_PASSWORD,
    displayName: 'Bench Coordinator',
    timeZone: 'Europe/Berlin',
  });
  const coordinatorCookie = first.cookie!;
  const cohort = await call(base, 'POST', routes.createCohort.path, { name: 'Bench cohort' }, coordinatorCookie);
  const cohortId = String(cohort.json.id);
  const candidates: [string, string] = [
    await registerInvited(base, cohortId, coordinatorCookie, 'candidate1@bench.test', 'Bench Candidate One'),
    await registerInvited(base, cohortId, coordinatorCookie, 'candidate2@bench.test', 'Bench Candidate Two'),
  ];
  const sessionId = await practiceNow(base, cohortId, candidates);
  return { coordinator: { email, cookie: coordinatorCookie }, candidate: { cookie: candidates[0] }, sessionId };
}
