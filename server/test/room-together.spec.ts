import { ROOM_CHAT_MAX_CHARACTERS, type RoomView } from '@rounds/shared';
import { buildFixtureWorld, type Actor, type FixtureWorld } from './support/fixture-world.js';
import {
  closeSockets,
  connectSocket,
  expectFailure,
  expectResult,
  nextEvent,
  request,
  type TestSocket,
} from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type PersonActor = Exclude<Actor, 'anonymous'>;

let t: TestApp;
let world: FixtureWorld;
const openSockets: TestSocket[] = [];

beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: 'warn' });
  world = await buildFixtureWorld(t);
}, 60_000);
afterEach(async () => {
  await closeSockets(openSockets.splice(0));
});
afterAll(() => t.close());

async function socketOf(actor: PersonActor): Promise<TestSocket> {
  const socket = await connectSocket(t.baseUrl, { cookie: world.client(actor).sessionCookie });
  openSockets.push(socket);
  return socket;
}

async function join(socket: TestSocket, sessionId: string): Promise<RoomView> {
  return expectResult(await request(socket, 'room:join', { sessionId }));
}

const messageRows = (sessionId: string) =>
  t.sql<{ author_id: string; text: string }>(`SELECT author_id, text FROM room_messages WHERE session_id = $1 ORDER BY sent_at`, [
    sessionId,
  ]);

describe('who is in the room', () => {
  it('tells each participant and the observers when the other arrives, drops, reconnects and leaves', async () => {
    const sessionId = await world.newSessionA();
    const candidateId = world.people.candidate.user.id;
    const mentorId = world.people.mentor.user.id;
    const [mentor, coordinator] = await Promise.all([socketOf('mentor'), socketOf('coordinator')]);
    // On joining, each is told where the others are now.
    const mentorToldAbsent = nextEvent(mentor, 'room:presence', (update) => update.userId === candidateId);
    await join(mentor, sessionId);
    expect(await mentorToldAbsent).toMatchObject({ sessionId, presence: 'not_here' });
    await join(coordinator, sessionId);

    const mentorSeesArrival = nextEvent(mentor, 'room:presence', (update) => update.presence === 'in_room');
    const coordinatorSeesArrival = nextEvent(coordinator, 'room:presence', (update) => update.presence === 'in_room');
    const candidate = await socketOf('candidate');
    const candidateToldMentorIsHere = nextEvent(candidate, 'room:presence', (update) => update.userId === mentorId);
    await join(candidate, sessionId);
    expect(await mentorSeesArrival).toMatchObject({ sessionId, userId: candidateId });
    expect(await coordinatorSeesArrival).toMatchObject({ userId: candidateId });
    expect(await candidateToldMentorIsHere).toMatchObject({ presence: 'in_room' });

    // A dropped connection (the transport closes under the socket) reads as reconnecting, not gone.
    const mentorSeesDrop = nextEvent(mentor, 'room:presence', (update) => update.presence === 'reconnecting');
    candidate.io.engine.close();
    expect(await mentorSeesDrop).toMatchObject({ userId: candidateId });

    const mentorSeesReturn = nextEvent(mentor, 'room:presence', (update) => update.presence === 'in_room');
    const back = await socketOf('candidate');
    await join(back, sessionId);
    expect(await mentorSeesReturn).toMatchObject({ userId: candidateId });

    // Leaving (the client closes its socket) reads as left at once.
    const mentorSeesLeaving = nextEvent(mentor, 'room:presence', (update) => update.presence === 'left');
    back.disconnect();
    expect(await mentorSeesLeaving).toMatchObject({ userId: candidateId });
  });
});

describe('the room chat', () => {
  it('passes messages between the two participants, keeps them with the session and loads them again on joining', async () => {
    const sessionId = await world.newSessionA();
    const [mentor, candidate] = await Promise.all([socketOf('mentor'), socketOf('candidate')]);
    await join(mentor, sessionId);
    await join(candidate, sessionId);
    const mentorReceives = nextEvent(mentor, 'chat:message');
    const sent = expectResult(await request(candidate, 'chat:send', { sessionId, text: '  My camera froze, one moment  ' }));
    expect(sent).toMatchObject({
      sessionId,
      authorId: world.people.candidate.user.id,
      authorName: world.people.candidate.user.displayName,
      text: 'My camera froze, one moment',
    });
    expect(await mentorReceives).toEqual(sent);
    expectResult(await request(mentor, 'chat:send', { sessionId, text: 'No problem.\nTake your time.' }));

    // A reconnect (a new socket) joins again and asks for the history.
    const again = await socketOf('candidate');
    await join(again, sessionId);
    const history = expectResult(await request(again, 'chat:history', { sessionId }));
    expect(history.messages.map((message) => message.text)).toEqual([
      'My camera froze, one moment',
      'No problem.\nTake your time.',
    ]);
    expect(await messageRows(sessionId)).toHaveLength(2);
  });

  it('keeps the chat from the observers and from people outside the session, and stores nothing they send', async () => {
    const sessionId = await world.newSessionA();
    const [candidate, coordinator, outsider] = await Promise.all([
      socketOf('candidate'),
      socketOf('coordinator'),
      socketOf('otherCandidate'),
    ]);
    await join(candidate, sessionId);
    await join(coordinator, sessionId);
    expectResult(await request(candidate, 'chat:send', { sessionId, text: 'Hello' }));
    const observerRead = expectFailure(await request(coordinator, 'chat:history', { sessionId }), 'FORBIDDEN');
    expect(observerRead.message).toBe('The room’s chat is between its two participants: observers do not read or write in it.');
    expectFailure(await request(coordinator, 'chat:send', { sessionId, text: 'Observer here' }), 'FORBIDDEN');
    expectFailure(await request(outsider, 'chat:history', { sessionId }), 'FORBIDDEN');
    expectFailure(await request(outsider, 'chat:send', { sessionId, text: 'Let me in' }), 'FORBIDDEN');
    expect((await messageRows(sessionId)).map((row) => row.text)).toEqual(['Hello']);
  });

  it('refuses an empty or overlong message in words that say what to fix, and a flood with a wait', async () => {
    const sessionId = await world.newSessionA();
    const candidate = await socketOf('candidate');
    await join(candidate, sessionId);
    const empty = expectFailure(await request(candidate, 'chat:send', { sessionId, text: '   ' }), 'VALIDATION_FAILED');
    expect(empty.fields).toEqual([{ field: 'text', message: 'is empty: write a message first' }]);
    const long = expectFailure(
      await request(candidate, 'chat:send', { sessionId, text: 'a'.repeat(ROOM_CHAT_MAX_CHARACTERS + 1) }),
      'VALIDATION_FAILED',
    );
    expect(long.fields).toEqual([{ field: 'text', message: `has at most ${ROOM_CHAT_MAX_CHARACTERS} characters` }]);
    expect(await messageRows(sessionId)).toHaveLength(0);

    // The two refusals above spent two of the five; three more fit, the next waits.
    for (let i = 0; i < 3; i += 1) expectResult(await request(candidate, 'chat:send', { sessionId, text: `Message ${i}` }));
    const flooded = expectFailure(await request(candidate, 'chat:send', { sessionId, text: 'One more' }), 'RATE_LIMITED');
    expect(flooded.retryAfterMs).toBeGreaterThan(0);
    expect(await messageRows(sessionId)).toHaveLength(3);
  });
});

describe('undoing a wrap-up', () => {
  it('takes the room back to its questions until the end, and logs it', async () => {
    const sessionId = await world.newSessionA();
    const mentor = await socketOf('mentor');
    let view = await join(mentor, sessionId);
    for (const type of ['start', 'reveal', 'wrap_up', 'resume'] as const) {
      view = expectResult(await request(mentor, 'room:action', { sessionId, version: view.version, action: { type } }));
    }
    expect(view).toMatchObject({ phase: 'interviewing', question: { index: 0, revealed: true } });
    const log = await t.sql<{ type: string }>(`SELECT type FROM room_log WHERE session_id = $1 ORDER BY version`, [sessionId]);
    expect(log.map((row) => row.type)).toEqual(['start', 'reveal', 'wrap_up', 'resume']);
  });
});
