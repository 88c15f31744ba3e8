// The live room under load: N rooms × 2 socket clients, the interviewer acting once a second per room,
// latency from the action to the candidate's receipt of the new view; then the same load against a bare
// socket.io relay, side by side. Figures are printed, never asserted. Run by `npm run bench` (builds first).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { pino } from 'pino';
import { io, type Socket } from 'socket.io-client';
import type { RoomActionType } from '@rounds/shared';
import { freePort, launch, ready } from '../api/support/spawned-server.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROOM_COUNTS = (process.env.BENCH_ROOMS ?? '100,1000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_ROOM_SECONDS ?? 20);
const SECRET = 'bench-session-secret-long-enough-for-production-checks';

interface Pair {
  interviewer: Socket;
  candidate: Socket;
  /** The room (session id) both joined. */
  room: string;
  /** What the candidate should receive next, and when it was sent. */
  pending?: { key: number; sentAt: number };
  /** Updates that arrived before their action's ack: key → when. */
  early: Map<number, number>;
}

/** How one server under test is driven: its actions and how the candidate recognises their result. */
interface Target {
  name: string;
  pid: number;
  pairs: Pair[];
  /** Sends the next action; resolves with the key the candidate's receipt will carry, or undefined when refused. */
  act(pair: Pair, step: number): Promise<number | undefined>;
  /** Calls back with the key of each update the candidate receives. */
  onReceipt(pair: Pair, received: (key: number) => void): void;
}

interface Figures {
  actions: number;
  received: number;
  p50: number;
  p99: number;
  cpuPercent: number;
  rssMiB: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function cpuTicks(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** Every room acts once a second, rooms spread evenly over the second; an action waits for the last one's ack. */
async function drive(target: Target): Promise<Figures> {
  const latencies: number[] = [];
  let actions = 0;
  for (const pair of target.pairs) {
    target.onReceipt(pair, (key) => {
      // The update can reach the candidate before the sender's ack does: keep when, until the ack names its key.
      if (pair.pending?.key !== key) return void pair.early.set(key, performance.now());
      latencies.push(performance.now() - pair.pending.sentAt);
      pair.pending = undefined;
    });
  }
  const ticksBefore = await cpuTicks(target.pid);
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    target.pairs.map(async (pair, index) => {
      await new Promise((resolve) => setTimeout(resolve, (index * 1000) / target.pairs.length));
      for (let step = 0; performance.now() < deadline; step += 1) {
        const due = performance.now() + 1000;
        const sentAt = performance.now();
        // An action whose ack times out (an overloaded machine) counts as not delivered rather than ending the run.
        const key = await target.act(pair, step).catch(() => undefined);
        if (key !== undefined) {
          actions += 1;
          const receivedAt = pair.early.get(key);
          if (receivedAt === undefined) pair.pending = { key, sentAt };
          else latencies.push(receivedAt - sentAt);
          pair.early.clear();
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuPercent = ((await cpuTicks(target.pid)) - ticksBefore) / seconds;
  latencies.sort((a, b) => a - b);
  return {
    actions,
    received: latencies.length,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    cpuPercent,
    rssMiB: await rssMiB(target.pid),
  };
}

function connect(url: string, cookie?: string): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], extraHeaders: cookie ? { cookie } : undefined, reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Connects in batches, so a thousand handshakes do not all land in the same instant. */
async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>, size = 100): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = pattern.exec(output);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${pattern}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

// ---------------------------------------------------------------- the bare relay

async function bareRelay(rooms: number): Promise<{ target: Target; close: () => Promise<void> }> {
  const relay = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'bare-relay.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = (await waitForLine(relay, /listening (\d+)/))[1];
  const url = `http://127.0.0.1:${port}`;
  const pairs = await inBatches(
    Array.from({ length: rooms }, (_, index) => `room-${index}`),
    async (room) => {
      const [interviewer, candidate] = await Promise.all([connect(url), connect(url)]);
      await Promise.all([interviewer, candidate].map((socket) => socket.timeout(60_000).emitWithAck('join', room)));
      return { interviewer, candidate, room, early: new Map() } satisfies Pair;
    },
  );
  let sequence = 0;
  const target: Target = {
    name: 'bare socket.io relay',
    pid: relay.pid!,
    pairs,
    async act(pair) {
      sequence += 1;
      const key = sequence;
      await pair.interviewer.timeout(10_000).emitWithAck('action', pair.room, { key });
      return key;
    },
    onReceipt(pair, received) {
      pair.candidate.on('state', (payload: { key: number }) => received(payload.key));
    },
  };
  return {
    target,
    close: async () => {
      for (const socket of pairs.flatMap((pair) => [pair.interviewer, pair.candidate])) socket.close();
      await stop(relay);
    },
  };
}

// ---------------------------------------------------------------- Rounds

interface Rounds {
  url: string;
  pid: number;
  db: pg.Pool;
  close: () => Promise<void>;
}

async function startRounds(): Promise<Rounds> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rounds-room-bench-'));
  await chmod(dataDir, 0o755);
  // The bench owns the database, so it can seed a thousand rooms directly rather than through sign-ups.
  const { startEmbeddedPostgres } = (await import(path.join(ROOT, 'server/dist/database/embedded-postgres.js'))) as {
    startEmbeddedPostgres: (dir: string, logger: unknown) => Promise<{ url: string; stop: () => Promise<void> }>;
  };
  const database = await startEmbeddedPostgres(dataDir, pino({ level: 'warn' }));
  const port = await freePort();
  const server = launch({ DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'warn', SESSION_SECRET: SECRET });
  await ready(server);
  const url = `http://127.0.0.1:${port}`;
  const db = new pg.Pool({ connectionString: database.url, max: 4 });
  return {
    url,
    pid: server.child.pid!,
    db,
    close: async () => {
      await db.end();
      await stop(server.child);
      await database.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Freezes a built-in script the way booking does (its sections with each question's current content), so the
 * bench's sessions have questions to reveal without going through the booking flow for a thousand rooms.
 */
const SNAPSHOT_OF_BUILT_IN_SCRIPT = `
  WITH script AS (
    SELECT s.id, v.version, v.content
    FROM scripts s JOIN script_versions v ON v.script_id = s.id AND v.version = s.current_version
    WHERE s.built_in_key = $1
  )
  INSERT INTO script_snapshots (script_id, script_version, content)
  SELECT script.id, script.version, jsonb_build_object(
    'scriptId', script.id, 'scriptVersion', script.version, 'title', script.content->'title',
    'track', script.content->'track', 'persona', script.content->'persona',
    'sections', (
      SELECT jsonb_agg(jsonb_build_object(
        'section', section.value->'section', 'minutes', section.value->'minutes',
        'questions', (
          SELECT coalesce(jsonb_agg(jsonb_build_object('questionId', q.id, 'version', qv.version) || qv.content ORDER BY ids.position), '[]')
          FROM jsonb_array_elements_text(section.value->'questionIds') WITH ORDINALITY AS ids(id, position)
          JOIN questions q ON q.id = ids.id::uuid
          JOIN question_versions qv ON qv.question_id = q.id AND qv.version = q.current_version
        )) ORDER BY section.position)
      FROM jsonb_array_elements(script.content->'sections') WITH ORDINALITY AS section(value, position)
    ))
  FROM script RETURNING id`;

/** `rooms` mentor sessions running now, each with an interviewer and a candidate signed in; their cookies. */
async function seedRooms(db: pg.Pool, rooms: number): Promise<Array<{ sessionId: string; cookies: [string, string] }>> {
  const snapshot = await db.query<{ id: string }>(SNAPSHOT_OF_BUILT_IN_SCRIPT, ['residency_fellowship.program_director']);
  const tag = randomBytes(4).toString('hex');
  const users = await db.query<{ id: string }>(
    `INSERT INTO users (email, password_hash, display_name, time_zone, roles)
     SELECT 'bench-' || $1 || '-' || g || '@bench.test', 'no password: signed in by the bench', 'Bench ' || g, 'UTC',
            CASE WHEN g % 2 = 0 THEN ARRAY['mentor'] ELSE ARRAY['candidate'] END
     FROM generate_series(1, $2::int) g ORDER BY g RETURNING id`,
    [tag, rooms * 2],
  );
  const tokens = users.rows.map(() => randomBytes(32).toString('base64url'));
  await db.query(
    `INSERT INTO auth_sessions (user_id, token_hash, expires_at)
     SELECT unnest($1::uuid[]), unnest($2::text[]), now() + interval '1 day'`,
    [users.rows.map((row) => row.id), tokens.map((token) => createHmac('sha256', SECRET).update(token).digest('base64url'))],
  );
  const sessions = await db.query<{ id: string }>(
    `INSERT INTO sessions (kind, track, personas, starts_at, ends_at, script_snapshot_id)
     SELECT 'mentor_interview', 'residency_fellowship', ARRAY['program_director'], now() - interval '1 minute',
            now() + interval '45 minutes', $1
     FROM generate_series(1, $2::int) RETURNING id`,
    [snapshot.rows[0].id, rooms],
  );
  const ids = sessions.rows.map((row) => row.id);
  await db.query(
    `INSERT INTO session_participants (session_id, user_id, role, during)
     SELECT s.id, p.user_id, p.role, tstzrange(s.starts_at, s.ends_at)
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS pair(session_id, candidate_id, interviewer_id)
     JOIN sessions s ON s.id = pair.session_id
     CROSS JOIN LATERAL (VALUES (pair.candidate_id, 'candidate'), (pair.interviewer_id, 'interviewer')) AS p(user_id, role)`,
    [ids, ids.map((_, i) => users.rows[2 * i].id), ids.map((_, i) => users.rows[2 * i + 1].id)],
  );
  const cookie = (index: number) => `rounds_session=${tokens[index]}`;
  return ids.map((sessionId, i) => ({ sessionId, cookies: [cookie(2 * i + 1), cookie(2 * i)] }));
}

interface View {
  version: number;
}
type Ack = View | { error: { code: string; message: string; view?: View } };

async function roundsRooms(rounds: Rounds, rooms: number): Promise<{ target: Target; close: () => Promise<void> }> {
  const seeded = await seedRooms(rounds.db, rooms);
  const versions = new Map<string, number>();
  const pairs = await inBatches(seeded, async ({ sessionId, cookies }) => {
    const [interviewer, candidate] = await Promise.all(cookies.map((cookie) => connect(rounds.url, cookie)));
    const joined = (await Promise.all(
      [interviewer, candidate].map((socket) => socket.timeout(60_000).emitWithAck('room:join', { sessionId })),
    )) as Ack[];
    const failure = joined.find((ack) => 'error' in ack);
    if (failure && 'error' in failure) throw new Error(`room:join refused: ${failure.error.message}`);
    let version = (joined[0] as View).version;
    // Untimed set-up: open the first question and show it, so the timed actions can run its answer timer.
    for (const type of ['start', 'reveal'] as const) {
      const ack = (await interviewer.timeout(60_000).emitWithAck('room:action', { sessionId, version, action: { type } })) as Ack;
      if ('error' in ack) throw new Error(`room:action ${type} refused: ${ack.error.message}`);
      version = ack.version;
    }
    versions.set(sessionId, version);
    return { interviewer, candidate, room: sessionId, early: new Map() } satisfies Pair;
  });
  const actionFor = (step: number): RoomActionType => (step % 2 === 0 ? 'timer_start' : 'timer_stop');
  const target: Target = {
    name: 'Rounds room (row lock, log, views per role)',
    pid: rounds.pid,
    pairs,
    async act(pair, step) {
      const version = versions.get(pair.room)!;
      const ack = (await pair.interviewer.timeout(10_000).emitWithAck('room:action', {
        sessionId: pair.room,
        version,
        action: { type: actionFor(step) },
      })) as Ack;
      if ('error' in ack) {
        if (ack.error.view) versions.set(pair.room, ack.error.view.version);
        return undefined;
      }
      versions.set(pair.room, ack.version);
      return ack.version;
    },
    onReceipt(pair, received) {
      pair.candidate.on('room:state', (view: View) => received(view.version));
    },
  };
  return {
    target,
    close: async () => {
      for (const socket of pairs.flatMap((pair) => [pair.interviewer, pair.candidate])) socket.close();
    },
  };
}

// ---------------------------------------------------------------- report

function row(name: string, figures: Figures): string {
  return (
    `${name.padEnd(44)} ${String(figures.actions).padStart(7)} actions  ${String(figures.received).padStart(7)} received  ` +
    `p50 ${figures.p50.toFixed(1).padStart(7)} ms  p99 ${figures.p99.toFixed(1).padStart(7)} ms  ` +
    `CPU ${figures.cpuPercent.toFixed(0).padStart(4)}%  RSS ${figures.rssMiB.toFixed(0).padStart(4)} MiB`
  );
}

async function main() {
  console.log(`\nLive room: N rooms × 2 socket.io clients, 1 interviewer action per second per room, ${SECONDS} s per run\n`);
  const rounds = await startRounds();
  try {
    for (const rooms of ROOM_COUNTS) {
      const relay = await bareRelay(rooms);
      const bare = await drive(relay.target).finally(relay.close);
      const ours = await roundsRooms(rounds, rooms);
      const measured = await drive(ours.target).finally(ours.close);
      console.log(`${rooms} rooms`);
      console.log(`  ${row(relay.target.name, bare)}`);
      console.log(`  ${row(ours.target.name, measured)}`);
      console.log(
        `  ratio (Rounds / bare): p50 ${(measured.p50 / bare.p50).toFixed(2)}×  p99 ${(measured.p99 / bare.p99).toFixed(2)}×  (target: p99 ≤ 1.3×)\n`,
      );
    }
  } finally {
    await rounds.close();
  }
}

await main();
