import { routes, type Reliability, type RoomActionType, type RoomView } from '@rounds/shared';
import { TokenVerifier } from 'livekit-server-sdk';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StandbyOffersService } from '../src/standby/standby-offers.service.js';
import { AttendanceService } from '../src/video/attendance.service.js';
import { ALWAYS_AVAILABLE } from './support/fixture-world.js';
import { addToCohort, newCohort, newUser, type TestPerson } from './support/factories.js';
import { closeSockets, connectSocket, expectFailure, expectResult, request, type TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const TRACK = 'healthcare_job' as const;
const ABSENT_REFUSAL = 'You were recorded as absent from this session, so its room is closed to you.';

/** One app and cohort per describe: people, sessions a day apart, and their sockets. */
function cohortScenario(env: Record<string, string> = {}) {
  const scene = {} as { t: TestApp; cohortId: string; coordinator: TestPerson };
  const sockets: TestSocket[] = [];
  let day = 1;

  beforeAll(async () => {
    scene.t = await startTestApp(env);
    Object.assign(scene, await newCohort(scene.t));
  });
  afterEach(async () => closeSockets(sockets.splice(0)));
  afterAll(async () => scene.t?.close());

  return {
    scene,
    async member(displayName: string, role: 'candidate' | 'mentor' = 'candidate'): Promise<TestPerson> {
      const person = await newUser(scene.t, { displayName, roles: [role], timeZone: 'Africa/Lagos' });
      await addToCohort(scene.t, scene.cohortId, person, role);
      await person.client.call(routes.updateAvailability, { body: ALWAYS_AVAILABLE });
      return person;
    },
    /** A session of the cohort scheduled by its coordinator a day apart from the others, then moved to start `startsIn` from now. */
    async session(kind: 'peer_swap' | 'mentor_interview', people: [TestPerson, TestPerson], startsIn: number): Promise<string> {
      const start = Math.ceil((Date.now() + 24 * HOUR * day++) / HOUR) * HOUR;
      const created = await scene.coordinator.client.call(routes.scheduleSession, {
        params: { cohortId: scene.cohortId },
        body: {
          kind,
          track: TRACK,
          startsAt: new Date(start).toISOString(),
          durationMinutes: 30,
          participants:
            kind === 'peer_swap'
              ? people.map((p) => ({ userId: p.user.id, role: 'candidate' as const }))
              : [
                  { userId: people[0].user.id, role: 'interviewer' as const },
                  { userId: people[1].user.id, role: 'candidate' as const },
                ],
        },
      });
      expect(created.status).toBe(201);
      await startsIn_(created.body.id, startsIn);
      return created.body.id;
    },
    startsIn: startsIn_,
    async socketOf(person: TestPerson): Promise<TestSocket> {
      const socket = await connectSocket(scene.t.baseUrl, { cookie: person.client.sessionCookie });
      sockets.push(socket);
      return socket;
    },
  };

  /** Moves a session (its participants' booked ranges too) so that it starts `ms` from now (negative: started). */
  async function startsIn_(sessionId: string, ms: number): Promise<void> {
    const at = new Date(Date.now() + ms);
    await scene.t.sql(`UPDATE sessions SET starts_at = $2, ends_at = $2::timestamptz + interval '30 minutes' WHERE id = $1`, [
      sessionId,
      at,
    ]);
    await scene.t.sql(
      `UPDATE session_participants SET during = tstzrange($2::timestamptz, $2::timestamptz + interval '30 minutes') WHERE session_id = $1`,
      [sessionId, at],
    );
  }
}

const act = (socket: TestSocket, view: Pick<RoomView, 'sessionId' | 'version'>, type: RoomActionType) =>
  request(socket, 'room:action', { sessionId: view.sessionId, version: view.version, action: { type } });

/** Waits until `read` gives a value `done` accepts: for work the server finishes in the background (presence). */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const value = await read();
    if (done(value) || attempt >= 100) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('who did what: no-shows, equipment checks and room limits (no LiveKit: the room socket keeps attendance)', () => {
  const { scene, member, session, startsIn, socketOf } = cohortScenario();

  const detail = (person: TestPerson, sessionId: string) => person.client.call(routes.getSession, { params: { sessionId } });
  const noShowOf = async (person: TestPerson, sessionId: string) =>
    (await detail(scene.coordinator, sessionId)).body.participants.find((p) => p.userId === person.user.id)!.noShow;
  async function reliabilityOf(person: TestPerson): Promise<Reliability> {
    const members = await scene.coordinator.client.call(routes.listMembers, { params: { cohortId: scene.cohortId } });
    return members.body.find((m) => m.userId === person.user.id)!.reliability!;
  }
  const changes = (sessionId: string) =>
    scene.t.sql<{ change: string; confirmed_by: string | null; actor_id: string | null; reason: string | null }>(
      `SELECT change, confirmed_by, actor_id, reason FROM no_show_changes WHERE session_id = $1 ORDER BY at`,
      [sessionId],
    );

  /** Into the room over the socket, and until the room's attendance has them. */
  async function inRoom(person: TestPerson, sessionId: string): Promise<{ socket: TestSocket; view: RoomView }> {
    const socket = await socketOf(person);
    const view = expectResult(await request(socket, 'room:join', { sessionId }));
    await eventually(
      () => detail(scene.coordinator, sessionId),
      (r) => r.body.attendance.some((a) => a.userId === person.user.id && a.leftAt === null),
    );
    return { socket, view };
  }

  it('refuses to record a partner absent while the room shows them there, saying when; nothing changes', async () => {
    const [ana, ben] = [await member('Ana Obi'), await member('Ben Roy')];
    const sessionId = await session('peer_swap', [ana, ben], -12 * MINUTE);
    await inRoom(ana, sessionId);
    const { socket: benSocket } = await inRoom(ben, sessionId);
    const before = await reliabilityOf(ben);

    const present = await ana.client.call(routes.markNoShow, { params: { sessionId }, body: { userId: ben.user.id } });
    expect(present.status).toBe(409);
    expect(present.contentType).toContain('application/problem+json');
    expect((present.body as unknown as { detail: string }).detail).toMatch(
      /^Attendance shows that Ben Roy is in the session's room now \(first joined .+ \(Africa\/Lagos\)\), so they cannot be recorded as absent\./,
    );

    // Ben leaves after the start: he was there, so the claim still fails, now saying until when.
    benSocket.disconnect();
    await eventually(
      () => detail(scene.coordinator, sessionId),
      (r) => r.body.attendance.some((a) => a.userId === ben.user.id && a.leftAt !== null),
    );
    const left = await ana.client.call(routes.markNoShow, { params: { sessionId }, body: { userId: ben.user.id } });
    expect(left.status).toBe(409);
    expect((left.body as unknown as { detail: string }).detail).toMatch(
      /Ben Roy was in the session's room until .+ \(first joined/,
    );

    expect(await noShowOf(ben, sessionId)).toBe(false);
    expect(await changes(sessionId)).toEqual([]);
    expect(await reliabilityOf(ben)).toEqual(before);
    // The room still admits him.
    expectResult(await request(await socketOf(ben), 'room:join', { sessionId }));
  });

  it('takes a claim only after the grace and only when attendance never saw the partner; a coordinator clears a wrongful one with a reason', async () => {
    const [ana, ben] = [await member('Ana Obi'), await member('Ben Roy')];
    const sessionId = await session('peer_swap', [ana, ben], -5 * MINUTE);
    await inRoom(ana, sessionId);

    const early = await ana.client.call(routes.markNoShow, { params: { sessionId }, body: { userId: ben.user.id } });
    expect(early.status).toBe(409);
    expect((early.body as unknown as { detail: string }).detail).toMatch(
      /^A no-show can be recorded from 10 minutes after the start, at .+ \(Africa\/Lagos\): someone a few minutes late is not absent\.$/,
    );

    await startsIn(sessionId, -11 * MINUTE);
    const marked = await ana.client.call(routes.markNoShow, {
      params: { sessionId },
      body: { userId: ben.user.id, reason: 'Never came' },
    });
    expect(marked.status).toBe(200);
    expect(marked.body.status).toBe('no_show');
    expect(await changes(sessionId)).toEqual([
      { change: 'recorded', confirmed_by: 'attendance', actor_id: ana.user.id, reason: 'Never came' },
    ]);
    expect(await reliabilityOf(ben)).toMatchObject({ missedCounted: 1, missedRecently: 1 });
    expect(expectFailure(await request(await socketOf(ben), 'room:join', { sessionId }), 'FORBIDDEN').message).toBe(
      ABSENT_REFUSAL,
    );

    // Only the cohort's coordinators clear a record, with a reason; a bad body names its field.
    const clear = (person: TestPerson, body: unknown) =>
      person.client.call(routes.clearNoShow, { params: { sessionId }, body: body as { userId: string; reason: string } });
    expect((await clear(ana, { userId: ben.user.id, reason: 'He was there' })).status).toBe(403);
    const outsider = await newCohort(scene.t, 'Another cohort');
    expect((await clear(outsider.coordinator, { userId: ben.user.id, reason: 'He was there' })).status).toBe(403);
    const noReason = await clear(scene.coordinator, { userId: ben.user.id });
    expect(noReason.status).toBe(400);
    expect((noReason.body as unknown as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['reason']);
    expect((await clear(scene.coordinator, { userId: ana.user.id, reason: 'Mix-up' })).status).toBe(409);
    expect(await noShowOf(ben, sessionId)).toBe(true);

    const cleared = await clear(scene.coordinator, { userId: ben.user.id, reason: 'His camera failed; he joined by phone' });
    expect(cleared.status).toBe(200);
    expect(cleared.body.status).toBe('scheduled');
    expect(cleared.body.participants.find((p) => p.userId === ben.user.id)!.noShow).toBe(false);
    expect((await changes(sessionId)).map((c) => [c.change, c.actor_id, c.reason])).toEqual([
      ['recorded', ana.user.id, 'Never came'],
      ['cleared', scene.coordinator.user.id, 'His camera failed; he joined by phone'],
    ]);
    expect(await reliabilityOf(ben)).toMatchObject({ standing: 'reliable', missedCounted: 0 });
    expectResult(await request(await socketOf(ben), 'room:join', { sessionId }));
    expect((await clear(scene.coordinator, { userId: ben.user.id, reason: 'Again' })).status).toBe(409);
  });

  it('counts only no-shows that attendance or a coordinator confirmed', async () => {
    const [cam] = [await member('Cam Lee')];
    const past = async (confirmedBy: string | null) => {
      const [{ id }] = await scene.t.sql<{ id: string }>(
        `INSERT INTO sessions (cohort_id, kind, track, starts_at, ends_at, status)
         VALUES ($1, 'peer_swap', $2, now() - interval '3 days', now() - interval '3 days' + interval '30 minutes', 'no_show') RETURNING id`,
        [scene.cohortId, TRACK],
      );
      await scene.t.sql(
        `INSERT INTO session_participants (session_id, user_id, role, during, active, no_show, no_show_confirmed_by)
         SELECT id, $2, 'candidate', tstzrange(starts_at, ends_at), false, true, $3 FROM sessions WHERE id = $1`,
        [id, cam.user.id, confirmedBy],
      );
    };
    await past(null);
    expect(await reliabilityOf(cam)).toMatchObject({ missedCounted: 0, sessionsCounted: 0 });
    await past('coordinator');
    await past('attendance');
    expect(await reliabilityOf(cam)).toMatchObject({ missedCounted: 2, standing: 'repeated_no_shows' });
  });

  it('keeps an equipment check a check: early presence never makes the session live, ending early is refused, and the room runs at the real time', async () => {
    const [mentor, cara] = [await member('Dr Mensah', 'mentor'), await member('Cara Diaz')];
    const sessionId = await session('mentor_interview', [mentor, cara], 35 * MINUTE);
    const { socket, view } = await inRoom(mentor, sessionId);
    await inRoom(cara, sessionId);
    expect((await detail(mentor, sessionId)).body.status).toBe('scheduled');

    const started = expectResult(await act(socket, view, 'start'));
    const refused = expectFailure(await act(socket, started, 'end'), 'CONFLICT');
    expect(refused.message).toMatch(
      /^The session starts in 3[45] minutes: ending it before then is not possible\. To finish a camera check, leave the room/,
    );
    expect(refused.view?.phase).toBe('interviewing');
    const stored = await scene.t.sql<{ phase: string }>(
      `SELECT state ->> 'phase' AS phase FROM room_states WHERE session_id = $1`,
      [sessionId],
    );
    expect(stored).toEqual([{ phase: 'interviewing' }]);
    expect((await detail(mentor, sessionId)).body.status).toBe('scheduled');

    // The start time comes with both still in the room: the next action finds everyone there, and it is live.
    await startsIn(sessionId, -MINUTE);
    const revealed = expectResult(await act(socket, started, 'reveal'));
    expect(
      (
        await eventually(
          () => detail(mentor, sessionId),
          (r) => r.body.status === 'live',
        )
      ).body.status,
    ).toBe('live');
    expect(expectResult(await act(socket, revealed, 'end')).phase).toBe('ended');
    expect(
      (
        await eventually(
          () => detail(mentor, sessionId),
          (r) => r.body.status === 'completed',
        )
      ).body.status,
    ).toBe('completed');
  });

  it('limits room actions and notes per socket: a burst, then an error naming the wait, changing nothing', async () => {
    const [mentor, dev] = [await member('Dr Okafor', 'mentor'), await member('Dev Patel')];
    const sessionId = await session('mentor_interview', [mentor, dev], -MINUTE);
    const { socket, view } = await inRoom(mentor, sessionId);
    const started = expectResult(await act(socket, view, 'start'));
    // Sent at once, so the allowance barely refills meanwhile: nine more use up the burst of ten (refused ones
    // count too: a flood is a flood), and what follows is refused before it reaches the room.
    const burst = await Promise.all([
      ...Array.from({ length: 11 }, () => act(socket, started, 'previous')),
      act(socket, started, 'reveal'),
    ]);
    for (const ack of burst.slice(0, 9)) expectFailure(ack, 'CONFLICT');
    const limited = expectFailure(burst[11], 'RATE_LIMITED');
    expect(limited.message).toMatch(
      /^Too many room:action requests in a short time: wait 1 second and try again\. Nothing was changed\.$/,
    );
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect(limited.retryAfterMs).toBeLessThanOrEqual(500);
    const [room] = await scene.t.sql<{ version: number }>(`SELECT version FROM room_states WHERE session_id = $1`, [sessionId]);
    expect(room.version).toBe(started.version);
    // Another connection has its own allowance.
    const other = await socketOf(mentor);
    expectResult(await request(other, 'room:join', { sessionId }));
    expect(expectResult(await act(other, started, 'reveal')).version).toBe(started.version + 1);

    const questionId = started.question!.id;
    const notes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => request(other, 'room:note', { sessionId, questionId, text: `note ${i}` })),
    );
    for (const ack of notes.slice(0, 10)) expectResult(ack);
    expectFailure(notes[11], 'RATE_LIMITED');
    const stored = await scene.t.sql<{ text: string }>(`SELECT text FROM room_notes WHERE session_id = $1`, [sessionId]);
    expect(stored).toHaveLength(1);
    expect(stored[0].text).not.toBe('note 11');
  });
});

/** A loopback HTTP server that records what LiveKit's server API would receive; it answers as LiveKit does. */
async function livekitApiRecorder(): Promise<{
  url: string;
  requests: { path: string; auth: string; body: unknown }[];
  close(): Promise<void>;
}> {
  const requests: { path: string; auth: string; body: unknown }[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({
        path: req.url ?? '',
        auth: req.headers.authorization ?? '',
        body: JSON.parse(Buffer.concat(chunks).toString() || '{}'),
      });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('a seat handed over through standby (with LiveKit)', () => {
  const KEY = 'APIintegrity';
  const SECRET = 'a-test-secret-that-is-long-enough-for-livekit';
  const livekit = { url: '', requests: [] as { path: string; auth: string; body: unknown }[], close: async () => {} };
  beforeAll(async () => Object.assign(livekit, await livekitApiRecorder()));
  afterAll(async () => livekit.close());
  const { scene, member, session, startsIn } = cohortScenario({
    get LIVEKIT_URL() {
      return livekit.url;
    },
    LIVEKIT_API_KEY: KEY,
    LIVEKIT_API_SECRET: SECRET,
  } as Record<string, string>);

  it('gives the absent participant no token, in the room’s words, and takes them out of the LiveKit room', async () => {
    const [ana, ben, sam] = [await member('Ana Obi'), await member('Ben Roy'), await member('Sam Ito')];
    const sessionId = await session('peer_swap', [ana, ben], 2 * HOUR);
    const joined = await sam.client.call(routes.joinStandby, {
      params: { cohortId: scene.cohortId },
      body: { from: new Date(Date.now() + HOUR).toISOString(), to: new Date(Date.now() + 4 * HOUR).toISOString(), track: TRACK },
    });
    expect(joined.status).toBe(201);
    // The session and Sam's window move back together: it started three minutes ago, and the window still covers it.
    await startsIn(sessionId, -3 * MINUTE);
    await scene.t.sql(
      `UPDATE standby_entries SET available = tstzrange(lower(available) - interval '2 hours 3 minutes', upper(available) - interval '2 hours 3 minutes')
       WHERE user_id = $1`,
      [sam.user.id],
    );
    await scene.t.app.get(AttendanceService).participantJoined(sessionId, ana.user.id, new Date());
    const token = (person: TestPerson) => person.client.call(routes.createVideoToken, { params: { sessionId } });
    expect((await token(ben)).status).toBe(200);

    const [offer] = await scene.t.app.get(StandbyOffersService).offerSeatsOf(sessionId);
    const accepted = await sam.client.call(routes.acceptStandbyOffer, { params: { offerId: offer.offerId } });
    expect(accepted.status).toBe(200);

    const refused = await token(ben);
    expect(refused.status).toBe(403);
    expect((refused.body as unknown as { detail: string }).detail).toBe(ABSENT_REFUSAL);
    expect((await token(sam)).status).toBe(200);

    const removal = livekit.requests.find((r) => r.path === '/twirp/livekit.RoomService/RemoveParticipant');
    expect(removal?.body).toMatchObject({ room: `rounds-session-${sessionId}`, identity: ben.user.id });
    expect(Number((removal!.body as { revokeTokenTs: string }).revokeTokenTs)).toBeGreaterThan(0);
    const grant = await new TokenVerifier(KEY, SECRET).verify(removal!.auth.replace(/^Bearer /, ''));
    expect(grant.video).toMatchObject({ roomAdmin: true, room: `rounds-session-${sessionId}` });
  });
});
