import { CALL_RULES, isSocketFailure, routes, type CallSignal, type SessionDetail } from '@rounds/shared';
import { createHmac } from 'node:crypto';
import { RealtimeService } from '../src/realtime/realtime.service.js';
import { RoomPresenceService } from '../src/room/room-presence.service.js';
import { NoShowChecks } from '../src/video/no-show-checks.service.js';
import { buildFixtureWorld, type Actor, type FixtureWorld } from './support/fixture-world.js';
import { closeSockets, connectSocket, expectFailure, nextEvent, request, type TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type PersonActor = Exclude<Actor, 'anonymous'>;

const MINUTE = 60_000;
const TURN_SECRET = 'a-turn-secret-shared-with-coturn';
const TURN_URLS = ['turn:127.0.0.1:3478?transport=udp', 'turns:127.0.0.1:5349'];
const STUN = 'stun:127.0.0.1:3478';

/** A small but real-looking offer; the relay reads nothing in it but its size and its first line. */
const OFFER_SDP = [
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'c=IN IP4 0.0.0.0',
  'a=mid:0',
  'a=sendrecv',
  'a=rtpmap:111 opus/48000/2',
  '',
].join('\r\n');
const HOST_CANDIDATE = {
  candidate: 'candidate:842163049 1 udp 2122260223 192.0.2.10 54400 typ host generation 0 ufrag EsAw network-id 1',
  sdpMid: '0',
  sdpMLineIndex: 0,
  usernameFragment: 'EsAw',
};

let t: TestApp;
let world: FixtureWorld;
const openSockets: TestSocket[] = [];

beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: 'warn', ICE_SERVERS: STUN, TURN_URLS: TURN_URLS.join(','), TURN_SECRET });
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

/** A new session of cohort A between the candidate and the mentor, moved to have started `startedAgo` ago. */
async function sessionUnderWay(startedAgo = 5 * MINUTE): Promise<{ id: string; start: number; end: number }> {
  const id = await world.newSessionA();
  const [row] = await t.sql<{ starts_at: Date; ends_at: Date }>(
    `UPDATE sessions SET starts_at = now() - $2 * interval '1 millisecond', ends_at = now() + $3 * interval '1 millisecond'
     WHERE id = $1 RETURNING starts_at, ends_at`,
    [id, startedAgo, 30 * MINUTE - startedAgo],
  );
  return { id, start: row.starts_at.getTime(), end: row.ends_at.getTime() };
}

/** Every `call:signal` a socket receives. */
function recordSignals(socket: TestSocket): CallSignal[] {
  const seen: CallSignal[] = [];
  socket.on('call:signal', (signal) => seen.push(signal));
  return seen;
}

async function joinRoom(socket: TestSocket, sessionId: string): Promise<void> {
  const ack = await request(socket, 'room:join', { sessionId });
  if (isSocketFailure(ack)) throw new Error(`room:join refused: ${ack.error.message}`);
}

/**
 * Everyone's sockets have caught up with the server: the interviewer starts the interview and each socket sees
 * that view. A signal relayed to a socket before then would have reached it first (one connection keeps order).
 */
async function settle(sessionId: string, interviewer: TestSocket, sockets: TestSocket[]): Promise<void> {
  const seen = sockets.map((socket) =>
    nextEvent(socket, 'room:state', (view) => view.sessionId === sessionId && view.phase !== 'lobby'),
  );
  const ack = await request(interviewer, 'room:action', { sessionId, version: 0, action: { type: 'start' } });
  if (isSocketFailure(ack)) throw new Error(`start refused: ${ack.error.message}`);
  await Promise.all(seen);
}

/** Closes a client socket and waits until the server has seen it go and finished what its leaving starts. */
async function closedOnTheServer(socket: TestSocket): Promise<void> {
  const onServer = t.app.get(RealtimeService).io!.of('/').sockets.get(socket.id!)!;
  const gone = new Promise((resolve) => onServer.once('disconnect', resolve));
  socket.close();
  await gone;
  await t.app.get(RoomPresenceService).beforeApplicationShutdown();
}

describe('call:signal', () => {
  it("relays a signal to the other participant's pages only, exactly as sent", async () => {
    const { id: sessionId } = await sessionUnderWay();
    const candidate = await socketOf('candidate');
    const candidateOtherTab = await socketOf('candidate');
    const mentor = await socketOf('mentor');
    const coordinator = await socketOf('coordinator');
    for (const socket of [candidate, candidateOtherTab, mentor, coordinator]) await joinRoom(socket, sessionId);
    const received = new Map(
      [candidate, candidateOtherTab, mentor, coordinator].map((socket) => [socket, recordSignals(socket)]),
    );

    const offer: CallSignal = { sessionId, peer: 'candidate-page-1', description: { type: 'offer', sdp: OFFER_SDP } };
    expect(await request(candidate, 'call:signal', offer)).toEqual({ relayed: true });
    const candidateSignal: CallSignal = { sessionId, peer: 'candidate-page-1', to: 'mentor-page-1', candidate: HOST_CANDIDATE };
    expect(await request(candidate, 'call:signal', candidateSignal)).toEqual({ relayed: true });
    await settle(sessionId, mentor, [candidate, candidateOtherTab, mentor, coordinator]);

    expect(received.get(mentor)).toEqual([offer, candidateSignal]);
    // Not back to the sender's own pages, and never to the coordinator watching.
    expect(received.get(candidate)).toEqual([]);
    expect(received.get(candidateOtherTab)).toEqual([]);
    expect(received.get(coordinator)).toEqual([]);
  });

  it('keeps the order a page sent its signals in: the offer before its candidates', async () => {
    const { id: sessionId } = await sessionUnderWay();
    const candidate = await socketOf('candidate');
    const mentor = await socketOf('mentor');
    await joinRoom(mentor, sessionId);
    const received = recordSignals(mentor);
    const sent: CallSignal[] = [
      { sessionId, peer: 'candidate-page-2' },
      { sessionId, peer: 'candidate-page-2', to: 'mentor-page-2', description: { type: 'offer', sdp: OFFER_SDP } },
      ...Array.from({ length: 12 }, (_, index) => ({
        sessionId,
        peer: 'candidate-page-2',
        to: 'mentor-page-2',
        candidate: { ...HOST_CANDIDATE, candidate: HOST_CANDIDATE.candidate.replace('54400', String(54400 + index)) },
      })),
    ];
    const acks = await Promise.all(sent.map((signal) => request(candidate, 'call:signal', signal)));
    expect(acks.every((ack) => !isSocketFailure(ack))).toBe(true);
    await settle(sessionId, mentor, [mentor]);
    expect(received).toEqual(sent);
  });

  it('refuses observers, people outside the session and sessions that do not exist with FORBIDDEN', async () => {
    const { id: sessionId } = await sessionUnderWay();
    const mentor = await socketOf('mentor');
    await joinRoom(mentor, sessionId);
    const received = recordSignals(mentor);
    const refusals: Record<string, string> = {};
    for (const actor of ['coordinator', 'otherCandidate', 'otherCoordinator', 'candidateOfB'] as const) {
      const socket = await socketOf(actor);
      refusals[actor] = expectFailure(
        await request(socket, 'call:signal', { sessionId, peer: `${actor}-page` }),
        'FORBIDDEN',
      ).message;
    }
    expect(refusals.coordinator).toMatch(/Only the two people taking part join a direct call/);
    const candidate = await socketOf('candidate');
    const unknown = { sessionId: '00000000-0000-4000-8000-000000000000', peer: 'candidate-page' };
    expectFailure(await request(candidate, 'call:signal', unknown), 'FORBIDDEN');
    await settle(sessionId, mentor, [mentor]);
    expect(received).toEqual([]);
  });

  it('refuses a stale session: cancelled, over, or one the sender was recorded absent from', async () => {
    const candidate = await socketOf('candidate');
    const cancelled = await sessionUnderWay();
    await t.sql(`UPDATE sessions SET status = 'cancelled' WHERE id = $1`, [cancelled.id]);
    const over = await sessionUnderWay(40 * MINUTE);
    const absent = await sessionUnderWay();
    await t.sql(`UPDATE session_participants SET no_show = true WHERE session_id = $1 AND user_id = $2`, [
      absent.id,
      world.people.candidate.user.id,
    ]);
    const messages = [];
    for (const { id } of [cancelled, over, absent]) {
      messages.push(
        expectFailure(await request(candidate, 'call:signal', { sessionId: id, peer: 'candidate-page' }), 'FORBIDDEN').message,
      );
    }
    expect(messages).toEqual([
      'This session was cancelled, so its video room is closed.',
      expect.stringMatching(/^This session's time is over/),
      'You were recorded as absent from this session, so its call is closed to you.',
    ]);
  });

  it('refuses a session description over 64 KB and malformed candidates, relaying none of them', async () => {
    const { id: sessionId } = await sessionUnderWay();
    const candidate = await socketOf('candidate');
    const mentor = await socketOf('mentor');
    await joinRoom(mentor, sessionId);
    const received = recordSignals(mentor);
    const peer = 'candidate-page-3';
    const oversize = `${OFFER_SDP}${'a=x-padding:0123456789abcdef\r\n'.repeat(Math.ceil(CALL_RULES.maxSdpBytes / 30))}`;
    const refused = [
      { sessionId, peer, description: { type: 'offer', sdp: oversize } },
      // Under 64 K characters, over 64 KB once encoded.
      { sessionId, peer, description: { type: 'offer', sdp: `${OFFER_SDP}a=x:${'é'.repeat(CALL_RULES.maxSdpBytes / 2)}` } },
      { sessionId, peer, description: { type: 'offer', sdp: 'not a session description' } },
      { sessionId, peer, description: { type: 'surprise', sdp: OFFER_SDP } },
      {
        sessionId,
        peer,
        candidate: { ...HOST_CANDIDATE, candidate: 'candidate:1 1 udp 1 <script>alert(1)</script> 1 typ host' },
      },
      { sessionId, peer, candidate: { ...HOST_CANDIDATE, candidate: 'hello' } },
      { sessionId, peer, candidate: { candidate: HOST_CANDIDATE.candidate } },
      { sessionId, peer, candidate: { ...HOST_CANDIDATE, sdpMLineIndex: -1 } },
      { sessionId, peer, candidate: { ...HOST_CANDIDATE, candidate: `${HOST_CANDIDATE.candidate} ${'x'.repeat(2000)}` } },
      { sessionId, peer, candidate: HOST_CANDIDATE, description: { type: 'offer', sdp: OFFER_SDP } },
      { sessionId, peer: 'x', candidate: HOST_CANDIDATE },
      { sessionId, peer, candidate: HOST_CANDIDATE, extra: true },
    ];
    const errors = [];
    for (const signal of refused)
      errors.push(expectFailure(await request(candidate, 'call:signal', signal), 'VALIDATION_FAILED'));
    expect(errors[0].message).toMatch(/larger than 64 KB/);
    expect(errors[1].message).toMatch(/larger than 64 KB/);
    expect(errors[5].fields).toEqual([
      { field: 'candidate.candidate', message: expect.stringMatching(/^must be an ICE candidate line/) },
    ]);
    expect(errors[6].fields).toEqual([{ field: 'candidate.sdpMid', message: expect.stringMatching(/sdpMid or sdpMLineIndex/) }]);
    // The end of candidates (an empty line) is a candidate too.
    expect(await request(candidate, 'call:signal', { sessionId, peer, candidate: { ...HOST_CANDIDATE, candidate: '' } })).toEqual(
      {
        relayed: true,
      },
    );
    await settle(sessionId, mentor, [mentor]);
    expect(received).toEqual([{ sessionId, peer, candidate: { ...HOST_CANDIDATE, candidate: '' } }]);
  });
});

describe('call:media', () => {
  const detail = async (sessionId: string) => {
    const response = await world.client('coordinator').call(routes.getSession, { params: { sessionId } });
    expect(response.status).toBe(200);
    return response.body as SessionDetail;
  };

  it("keeps each participant's report on the session's attendance, and a closed page loses its call", async () => {
    const { id: sessionId } = await sessionUnderWay();
    const candidate = await socketOf('candidate');
    const mentor = await socketOf('mentor');
    for (const socket of [candidate, mentor]) await joinRoom(socket, sessionId);
    const connected = await request(candidate, 'call:media', { sessionId, state: 'connected' });
    if (isSocketFailure(connected)) throw new Error(connected.error.message);
    await request(mentor, 'call:media', { sessionId, state: 'connected' });
    expect(await request(mentor, 'call:media', { sessionId, state: 'lost' })).not.toHaveProperty('error');

    const callOf = (session: SessionDetail, actor: PersonActor) =>
      session.attendance.find((row) => row.userId === world.people[actor].user.id)?.call;
    let session = await detail(sessionId);
    expect(callOf(session, 'candidate')).toEqual({
      state: 'connected',
      since: connected.recordedAt,
      firstConnectedAt: connected.recordedAt,
    });
    expect(callOf(session, 'mentor')).toMatchObject({ state: 'lost', firstConnectedAt: expect.any(String) });

    // The candidate's page closes without a word: once their last socket has left, their call is lost.
    await closedOnTheServer(candidate);
    session = await detail(sessionId);
    expect(callOf(session, 'candidate')).toMatchObject({ state: 'lost', firstConnectedAt: connected.recordedAt });
  });

  it('is refused for the coordinator watching and for people outside the session', async () => {
    const { id: sessionId } = await sessionUnderWay();
    for (const actor of ['coordinator', 'otherCandidate', 'candidateOfB'] as const) {
      expectFailure(await request(await socketOf(actor), 'call:media', { sessionId, state: 'connected' }), 'FORBIDDEN');
    }
    expect((await detail(sessionId)).attendance).toEqual([]);
  });

  it('counts a call that carried media as having appeared for the no-show check', async () => {
    const { id: sessionId, start } = await sessionUnderWay(11 * MINUTE);
    // Only the mentor's call reported media (no room presence at all): the candidate is the one absent.
    await request(await socketOf('mentor'), 'call:media', { sessionId, state: 'connected' });
    const absent = await t.app.get(NoShowChecks).run({ sessionId, startsAt: start }, start + 10 * MINUTE);
    expect(absent).toEqual([world.people.candidate.user.id]);
  });
});

describe('ICE servers for a direct call', () => {
  const iceServers = (actor: PersonActor, sessionId: string) =>
    world.client(actor).call(routes.createCallIceServers, { params: { sessionId } });

  it("mints TURN credentials in coturn's REST-API scheme for each participant, beside the STUN servers", async () => {
    const { id: sessionId, end } = await sessionUnderWay();
    for (const actor of ['candidate', 'mentor'] as const) {
      const response = await iceServers(actor, sessionId);
      expect(response.status).toBe(200);
      const body = response.body as {
        iceServers: { urls: string[]; username?: string; credential?: string }[];
        expiresAt: string;
      };
      const expiry = Math.floor((end + 10 * MINUTE) / 1000);
      expect(body.expiresAt).toBe(new Date(expiry * 1000).toISOString());
      expect(body.iceServers[0]).toEqual({ urls: [STUN] });
      const turn = body.iceServers[1];
      expect(turn.urls).toEqual(TURN_URLS);
      expect(turn.username).toBe(`${expiry}:${world.people[actor].user.id}`);
      expect(turn.credential).toBe(createHmac('sha1', TURN_SECRET).update(turn.username!).digest('base64'));
    }
  });

  it("is for the session's participants only, while its video room is open", async () => {
    const { id: sessionId } = await sessionUnderWay();
    const coordinator = await iceServers('coordinator', sessionId);
    expect(coordinator.status).toBe(403);
    expect((coordinator.body as { detail: string }).detail).toMatch(/observers follow the room without its picture and sound/);
    expect([403, 404]).toContain((await iceServers('otherCandidate', sessionId)).status);
    const over = await sessionUnderWay(40 * MINUTE);
    expect((await iceServers('candidate', over.id)).status).toBe(409);
  });

  it('tells the client that calls are direct on this server', async () => {
    const response = await world.client('anonymous').call(routes.publicConfig, {});
    expect(response.body).toEqual({ openRegistration: true, video: 'direct' });
  });
});
