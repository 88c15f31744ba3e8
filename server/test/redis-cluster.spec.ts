import type { RoomView } from '@rounds/shared';
import { RealtimeService } from '../src/realtime/realtime.service.js';
import { buildFixtureWorld, type FixtureWorld } from './support/fixture-world.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';
import { startSecondInstance, type SecondInstance } from './support/second-instance.js';
import { closeSockets, connectSocket, expectResult, nextEvent, request, type TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Two instances on one Redis (REDIS_URL), as the compose profile `scale` runs them behind nginx.
let redis: RedisServer;
let t: TestApp;
let second: SecondInstance;
let world: FixtureWorld;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  t = await startTestApp({ REDIS_URL: redis.url });
  second = await startSecondInstance(t);
  world = await buildFixtureWorld(t);
}, 60_000);
afterEach(async () => {
  await closeSockets(sockets.splice(0));
});
afterAll(async () => {
  await second?.close();
  await t?.close();
  await redis?.stop();
});

async function socketOf(actor: 'mentor' | 'candidate', baseUrl: string, reconnect = false): Promise<TestSocket> {
  const socket = await connectSocket(baseUrl, { cookie: world.client(actor).sessionCookie, reconnect });
  sockets.push(socket);
  return socket;
}

const join = async (socket: TestSocket, sessionId: string): Promise<RoomView> =>
  expectResult(await request(socket, 'room:join', { sessionId }));

describe('socket.io on Redis streams across two instances', () => {
  it('runs one room whose interviewer and candidate sit on different instances', async () => {
    const sessionId = await world.newSessionA();
    const mentor = await socketOf('mentor', t.baseUrl);
    const candidate = await socketOf('candidate', second.baseUrl);
    const lobby = await join(mentor, sessionId);
    await join(candidate, sessionId);
    const startedOnB = nextEvent(candidate, 'room:state', (view) => view.version === lobby.version + 1);
    const started = expectResult(
      await request(mentor, 'room:action', { sessionId, version: lobby.version, action: { type: 'start' } }),
    );
    expect((await startedOnB).phase).toBe(started.phase);
    const revealedOnB = nextEvent(candidate, 'room:state', (view) => view.version === started.version + 1);
    expectResult(await request(mentor, 'room:action', { sessionId, version: started.version, action: { type: 'reveal' } }));
    expect((await revealedOnB).question).toMatchObject({ id: started.question!.id, revealed: true });
  });

  it('resumes a connection that dropped for a moment: the same socket, its rooms, and the state sent meanwhile', async () => {
    const sessionId = await world.newSessionA();
    const mentor = await socketOf('mentor', t.baseUrl);
    const candidate = await socketOf('candidate', second.baseUrl, true);
    const lobby = await join(mentor, sessionId);
    await join(candidate, sessionId);
    const act = (version: number, type: 'start' | 'reveal' | 'timer_start') =>
      request(mentor, 'room:action', { sessionId, version, action: { type } });
    const startedThere = nextEvent(candidate, 'room:state', (view) => view.version === lobby.version + 1);
    const started = expectResult(await act(lobby.version, 'start'));
    await startedThere;
    const socketId = candidate.id;

    // The network drops under the candidate: its connection closes without either side leaving, so it comes back.
    const dropped = new Promise<string>((resolve) => candidate.once('disconnect', resolve));
    second.app.get(RealtimeService).io!.of('/').sockets.get(socketId!)!.conn.close();
    expect(await dropped).toBe('transport close');
    // While the candidate is away, the interviewer reveals the question.
    const missed = nextEvent(candidate, 'room:state', (view) => view.version === started.version + 1);
    const revealed = expectResult(await act(started.version, 'reveal'));

    await new Promise<void>((resolve) => candidate.once('connect', resolve));
    expect(candidate.recovered).toBe(true);
    expect(candidate.id).toBe(socketId);
    expect((await missed).question).toMatchObject({ id: started.question!.id, revealed: true });
    // Still in the room without joining again: the next action reaches it too.
    const next = nextEvent(candidate, 'room:state', (view) => view.version === revealed.version + 1);
    expectResult(await act(revealed.version, 'timer_start'));
    expect((await next).timer.answerStartedAt).not.toBeNull();
  });
});
