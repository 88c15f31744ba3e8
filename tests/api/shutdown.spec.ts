import { SOCKET_PATH } from '@rounds/shared';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { freePort, launch, ready, type SpawnedServer } from './support/spawned-server.js';

const SECRET = 'shutdown-test-secret-that-is-long-enough-to-pass';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A POST whose headers are sent at once and whose body waits for `finish()`. It asks `Expect: 100-continue`,
 * so `accepted` resolves when the server has parsed the headers and handed the request to the application:
 * from then on the request is in flight there.
 */
function slowPost(port: number, path: string, body: string) {
  const request = http.request({
    host: '127.0.0.1',
    port,
    path,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
  });
  const accepted = new Promise<void>((resolve) => request.once('continue', resolve));
  const answer = new Promise<Answer>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.once('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
    });
  });
  request.flushHeaders();
  return { accepted, answer, finish: () => request.end(body) };
}

/** Registers the first account over HTTP and returns its session cookie. */
async function signUp(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'first@example.org',
      password: 'correct horse battery',
      displayName: 'First',
      timeZone: 'UTC',
    }),
  });
  expect(response.status).toBe(201);
  return response.headers.get('set-cookie')!.split(';')[0];
}

function connect(port: number, cookie: string): Promise<Socket> {
  const socket = io(`http://127.0.0.1:${port}`, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

describe('graceful shutdown of the production server', () => {
  let dataDir: string;
  let server: SpawnedServer | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'rounds-shutdown-'));
    await chmod(dataDir, 0o755);
  });
  afterEach(() => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('on SIGTERM stops listening, disconnects sockets, lets the request in flight finish, stops jobs and the database, and exits 0', async () => {
    const port = await freePort();
    server = launch({
      NODE_ENV: 'production',
      SESSION_SECRET: SECRET,
      DATA_DIR: dataDir,
      PORT: String(port),
      SHUTDOWN_GRACE_SECONDS: '60',
    });
    await ready(server);
    const socket = await connect(port, await signUp(port));
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    const login = slowPost(
      port,
      '/api/auth/login',
      JSON.stringify({ email: 'nobody@example.org', password: 'not the password' }),
    );
    await login.accepted;

    server.child.kill('SIGTERM');
    await server.printed('draining:');
    // The server closed the connection (the client did not), and clients' reconnections cannot land here again.
    expect(await disconnected).toBe('transport close');
    await expect(fetch(`http://127.0.0.1:${port}/api/health/live`)).rejects.toThrow();

    login.finish();
    const answer = await login.answer;
    expect(answer.status).toBe(401);
    expect(answer.headers.connection).toBe('close');

    expect(await server.exited).toBe(0);
    const output = server.output();
    expect(output).toContain('closed 1 socket.io connection(s); waiting for 1 in-flight request(s), at most 60 s');
    expect(output).toContain('drained: every in-flight request finished');
    expect(output).not.toContain('grace ran out');
    // In order: HTTP drained, job workers stopped, then the database.
    const order = ['drained:', 'job workers stopped', 'embedded PostgreSQL stopped', 'shut down cleanly'].map((text) =>
      output.indexOf(text),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  }, 90_000);

  it('cuts a request that outlives the grace and still exits 0, saying so', async () => {
    const port = await freePort();
    server = launch({
      NODE_ENV: 'production',
      SESSION_SECRET: SECRET,
      DATA_DIR: dataDir,
      PORT: String(port),
      SHUTDOWN_GRACE_SECONDS: '0.5',
    });
    await ready(server);
    const stuck = slowPost(port, '/api/auth/login', JSON.stringify({ email: 'nobody@example.org', password: 'never finished' }));
    await stuck.accepted;

    server.child.kill('SIGTERM');
    await expect(stuck.answer).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('the 0.5 s grace ran out with 1 request(s) unfinished: closing their connections');
    expect(server.output()).toContain('shut down cleanly');
  }, 90_000);
});
