// The direct call (no LiveKit) on loopback: time from both people pressing Join to the first decoded remote frame
// (p50/p95 over BENCH_CALL_TRIES tries, 20 by default) in Chromium with fake devices, then the server's CPU per call
// for the signalling alone (BENCH_CALLS simulated calls over real sockets). Printed, never asserted.
import { chromium, type Browser, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { freePort, launch, ready } from '../api/support/spawned-server.js';

const TRIES = Number(process.env.BENCH_CALL_TRIES ?? 20);
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const PASSWORD = 'bench-call-demo-password';
const CLOCK_TICKS = 100;

/**
 * Every RTCPeerConnection the page makes, when Join was pressed, and the first decoded remote frame after it. Plain
 * JavaScript in a string: tsx's transform would add helpers to a function that the page does not have.
 */
const INSTRUMENT = `
  const Native = window.RTCPeerConnection;
  const made = [];
  const marks = { joinedAt: 0, firstFrameAt: 0 };
  window.__benchMarks = marks;
  window.RTCPeerConnection = class extends Native {
    constructor(configuration) {
      super(configuration);
      made.push(this);
    }
  };
  document.addEventListener('click', (event) => {
    if (event.target.textContent && event.target.textContent.includes('Join the room')) marks.joinedAt = Date.now();
  }, true);
  const poll = async () => {
    for (const pc of made) {
      if (pc.signalingState === 'closed') continue;
      let frames = 0;
      (await pc.getStats()).forEach((entry) => {
        if (entry.type === 'inbound-rtp' && entry.kind === 'video') frames += entry.framesDecoded || 0;
      });
      if (frames > 0 && !marks.firstFrameAt) marks.firstFrameAt = Date.now();
    }
    if (!marks.firstFrameAt) setTimeout(poll, 10);
  };
  const start = setInterval(() => {
    if (made.length > 0) {
      clearInterval(start);
      poll();
    }
  }, 10);
`;

async function personIn(browser: Browser, base: string, email: string): Promise<Page> {
  // The bench evaluates plain strings in the page (see INSTRUMENT), which the app's CSP would refuse.
  const context = await browser.newContext({ baseURL: base, permissions: ['camera', 'microphone'], bypassCSP: true });
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
  return page;
}

async function practiceTogether(first: Page, second: Page): Promise<string> {
  for (const page of [first, second]) {
    const card = page.getByRole('region', { name: 'Practice now' });
    await card.getByLabel('Practice for').selectOption('residency_fellowship');
    await card.getByLabel('Level').selectOption('entry');
    await card.getByRole('button', { name: 'Practice now' }).click();
    if (page === first) await page.getByRole('status').filter({ hasText: 'next in line' }).waitFor();
  }
  // Practice now lands in the room's pre-join.
  await first.waitForURL(/\/sessions\/[0-9a-f-]{36}\/room$/);
  return /\/sessions\/([0-9a-f-]{36})/.exec(first.url())![1];
}

/** One try: both pages open the room's pre-join, both press Join together, and both wait for the partner's first frame. */
async function oneTry(pages: Page[], sessionId: string): Promise<number> {
  for (const page of pages) {
    await page.goto(`/sessions/${sessionId}/room`);
    await page.waitForFunction('document.querySelector(".lk-prejoin video")?.readyState >= 2');
  }
  await Promise.all(pages.map((page) => page.getByRole('button', { name: 'Join the room' }).click()));
  const marks = await Promise.all(
    pages.map(async (page) => {
      await page.waitForFunction('window.__benchMarks.firstFrameAt > 0', null, { timeout: 60_000 });
      return (await page.evaluate('window.__benchMarks')) as { joinedAt: number; firstFrameAt: number };
    }),
  );
  const bothJoined = Math.max(...marks.map((mark) => mark.joinedAt));
  return Math.max(...marks.map((mark) => mark.firstFrameAt)) - bothJoined;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** The server process's CPU time so far (user + system), in milliseconds, from /proc. */
async function cpuMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

async function signInCookie(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie');
  if (!response.ok || !cookie) throw new Error(`sign-in as ${email} answered ${response.status}`);
  return cookie.split(';')[0];
}

function connect(base: string, cookie: string): Promise<Socket> {
  const socket = io(base, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: { cookie, origin: base },
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** A session description of a real two-track call's size (about 6 KB). */
function fakeSdp(): string {
  const lines = ['v=0', 'o=- 1 2 IN IP4 127.0.0.1', 's=-', 't=0 0'];
  while (lines.join('\r\n').length < 6000) lines.push(`a=x-bench:${randomBytes(24).toString('hex')}`);
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The signalling of one call as the browsers send it: each page says it is here, an offer and an answer, and eight
 * candidates each way, every one acknowledged; the partner's socket receives each.
 */
async function signalOneCall(caller: Socket, callee: Socket, sessionId: string, call: number): Promise<void> {
  const a = `bench-caller-${call}`;
  const b = `bench-callee-${call}`;
  const send = (socket: Socket, signal: object) => socket.emitWithAck('call:signal', { sessionId, ...signal });
  const candidate = (port: number) => ({
    candidate: `candidate:1 1 udp 2122260223 127.0.0.1 ${port} typ host generation 0`,
    sdpMid: '0',
    sdpMLineIndex: 0,
  });
  await send(caller, { peer: a });
  await send(callee, { peer: b, to: a });
  await send(caller, { peer: a, to: b, description: { type: 'offer', sdp: fakeSdp() } });
  await send(callee, { peer: b, to: a, description: { type: 'answer', sdp: fakeSdp() } });
  await Promise.all(
    Array.from({ length: 8 }, (_, index) =>
      Promise.all([
        send(caller, { peer: a, to: b, candidate: candidate(50000 + index) }),
        send(callee, { peer: b, to: a, candidate: candidate(51000 + index) }),
      ]),
    ),
  );
}

async function main() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rounds-bench-call-'));
  const server = launch({
    PORT: String(port),
    DATA_DIR: dataDir,
    NODE_ENV: 'development',
    DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'warn',
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  try {
    await ready(server);
    const pages = [await personIn(browser, base, 'candidate3@demo.test'), await personIn(browser, base, 'candidate4@demo.test')];
    const sessionId = await practiceTogether(pages[0], pages[1]);
    const times: number[] = [];
    for (let attempt = 0; attempt < TRIES; attempt += 1) times.push(await oneTry(pages, sessionId));
    const sorted = [...times].sort((x, y) => x - y);
    console.log(
      `direct call, Join → first decoded remote frame (both sides), ${TRIES} tries on loopback: ` +
        `p50 ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms (min ${sorted[0]}, max ${sorted.at(-1)})`,
    );
    await browser.close();

    const [caller, callee] = await Promise.all(
      ['candidate3@demo.test', 'candidate4@demo.test'].map(async (email) => connect(base, await signInCookie(base, email))),
    );
    for (const socket of [caller, callee]) await socket.emitWithAck('room:join', { sessionId });
    let relayed = 0;
    for (const socket of [caller, callee]) socket.on('call:signal', () => (relayed += 1));
    await signalOneCall(caller, callee, sessionId, -1); // warm-up
    const before = await cpuMs(server.child.pid!);
    const startedAt = performance.now();
    for (let call = 0; call < CALLS; call += 1) await signalOneCall(caller, callee, sessionId, call);
    const cpu = (await cpuMs(server.child.pid!)) - before;
    const seconds = (performance.now() - startedAt) / 1000;
    console.log(
      `direct call signalling: ${CALLS} calls × 20 signals (${relayed} relayed) in ${seconds.toFixed(1)} s; ` +
        `server CPU ${(cpu / CALLS).toFixed(1)} ms per call (${((cpu / CALLS / 20) * 1000).toFixed(0)} µs per signal)`,
    );
    caller.close();
    callee.close();
  } finally {
    await browser.close().catch(() => undefined);
    server.child.kill('SIGTERM');
    await server.exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
