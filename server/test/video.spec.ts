import { routes, videoRoomName, type SessionDetail } from '@rounds/shared';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import { createHash, randomUUID } from 'node:crypto';
import { NO_SHOW_QUEUE, NoShowChecks } from '../src/video/no-show-checks.service.js';
import type { ApiClient } from './support/api-client.js';
import { tableChecksums } from './support/database-checksum.js';
import { addToCohort, newCohort, newUser, type TestPerson } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MINUTE = 60_000;
const KEY = 'rounds-test-key';
const SECRET = 'a-test-secret-that-is-long-enough-for-livekit';
const LIVEKIT_URL = 'ws://127.0.0.1:7880';

describe('video (LiveKit)', () => {
  let t: TestApp;
  let coordinator: TestPerson;
  let candidate: TestPerson;
  let mentor: TestPerson;
  let otherCandidate: TestPerson;
  let outsider: TestPerson;
  let cohortId: string;
  let slot = 0;

  beforeAll(async () => {
    t = await startTestApp({ LIVEKIT_URL, LIVEKIT_API_KEY: KEY, LIVEKIT_API_SECRET: SECRET });
    ({ coordinator, cohortId } = await newCohort(t));
    [candidate, mentor, otherCandidate, outsider] = await Promise.all([
      newUser(t, { displayName: 'Amara Okafor' }),
      newUser(t, { roles: ['mentor'], displayName: 'Dr. Lena Weiss' }),
      newUser(t, { displayName: 'Other Candidate' }),
      newUser(t, { roles: ['coordinator'], displayName: 'Coordinator elsewhere' }),
    ]);
    await addToCohort(t, cohortId, candidate, 'candidate');
    await addToCohort(t, cohortId, mentor, 'mentor');
    await addToCohort(t, cohortId, otherCandidate, 'candidate');
  });
  afterAll(() => t.close());

  /**
   * A 30-minute session between candidate and mentor, booked days ahead (booking needs notice) and then moved
   * in the database to start `startsIn` from now. Only the session's own times move: the participants keep
   * their far-apart booked ranges, so these sessions never collide with each other.
   */
  async function sessionStarting(startsIn: number, minutes = 30): Promise<{ id: string; start: number; end: number }> {
    const booked = await coordinator.client.call(routes.scheduleSession, {
      params: { cohortId },
      body: {
        kind: 'mentor_interview',
        track: 'residency_fellowship',
        startsAt: new Date(Math.ceil((Date.now() + 3 * 86_400_000) / 3_600_000) * 3_600_000 + slot++ * 3_600_000).toISOString(),
        durationMinutes: 30,
        participants: [
          { userId: candidate.user.id, role: 'candidate' },
          { userId: mentor.user.id, role: 'interviewer' },
        ],
      },
    });
    expect(booked.status).toBe(201);
    const [row] = await t.sql<{ starts_at: Date; ends_at: Date }>(
      `UPDATE sessions SET starts_at = now() + $2 * interval '1 millisecond', ends_at = now() + $3 * interval '1 millisecond'
       WHERE id = $1 RETURNING starts_at, ends_at`,
      [booked.body.id, startsIn, startsIn + minutes * MINUTE],
    );
    return { id: booked.body.id, start: row.starts_at.getTime(), end: row.ends_at.getTime() };
  }

  const detail = async (sessionId: string) => {
    const response = await coordinator.client.call(routes.getSession, { params: { sessionId } });
    expect(response.status).toBe(200);
    return response.body as SessionDetail;
  };

  describe('tokens', () => {
    const mint = (person: { client: ApiClient }, sessionId: string) =>
      person.client.call(routes.createVideoToken, { params: { sessionId } });

    it('gives each participant a publishing grant for the session’s one room, until the end plus five minutes', async () => {
      const session = await sessionStarting(-5 * MINUTE);
      for (const person of [candidate, mentor]) {
        const response = await mint(person, session.id);
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({
          serverUrl: LIVEKIT_URL,
          roomName: videoRoomName(session.id),
          participantName: person.user.displayName,
        });
        const claims = await new TokenVerifier(KEY, SECRET).verify(response.body.participantToken);
        expect(claims.sub).toBe(person.user.id);
        expect(claims.name).toBe(person.user.displayName);
        expect(claims.video).toEqual({
          room: videoRoomName(session.id),
          roomJoin: true,
          canPublish: true,
          canSubscribe: true,
          canPublishData: true,
        });
        expect(claims.exp! * 1000).toBeGreaterThan(session.end);
        expect(claims.exp! * 1000).toBeLessThanOrEqual(session.end + 5 * MINUTE);
      }
    });

    it('gives the cohort’s coordinator a hidden grant that watches without publishing', async () => {
      const session = await sessionStarting(0);
      const response = await mint(coordinator, session.id);
      expect(response.status).toBe(200);
      const claims = await new TokenVerifier(KEY, SECRET).verify(response.body.participantToken);
      expect(claims.sub).toBe(coordinator.user.id);
      expect(claims.video).toEqual({
        room: videoRoomName(session.id),
        roomJoin: true,
        canSubscribe: true,
        canPublish: false,
        canPublishData: false,
        hidden: true,
      });
      // Signed with this server's key only.
      await expect(
        new TokenVerifier(KEY, 'another-secret-another-secret-another').verify(response.body.participantToken),
      ).rejects.toThrow();
    });

    it('opens ten minutes before the start and closes at the scheduled end', async () => {
      const early = await mint(candidate, (await sessionStarting(11 * MINUTE)).id);
      expect(early.status).toBe(409);
      expect(early.contentType).toContain('application/problem+json');
      expect(early.body.detail).toMatch(/opens 10 minutes before the start/);
      expect((await mint(candidate, (await sessionStarting(10 * MINUTE)).id)).status).toBe(200);
      const over = await mint(candidate, (await sessionStarting(-31 * MINUTE)).id);
      expect(over.status).toBe(409);
      expect(over.body.detail).toMatch(/time is over/);
    });

    it('refuses a cancelled session, saying why', async () => {
      const session = await sessionStarting(0);
      const cancelled = await mentor.client.call(routes.cancelSession, {
        params: { sessionId: session.id },
        body: { reason: 'Called in to the ward' },
      });
      expect(cancelled.status).toBe(200);
      const response = await mint(candidate, session.id);
      expect(response.status).toBe(409);
      expect(response.body.detail).toMatch(/cancelled/);
    });

    it('refuses people outside the session as the session routes do', async () => {
      const session = await sessionStarting(0);
      expect((await mint(otherCandidate, session.id)).status).toBe(403);
      expect((await mint(outsider, session.id)).status).toBe(403);
      expect((await mint(candidate, randomUUID())).status).toBe(404);
      expect((await mint({ client: t.client() }, session.id)).status).toBe(401);
    });

    it('answers 503 on a server without LIVEKIT_URL', async () => {
      const bare = await startTestApp();
      try {
        const { coordinator: own, cohortId: ownCohort } = await newCohort(bare);
        const [a, b] = await Promise.all([newUser(bare), newUser(bare, { roles: ['mentor'] })]);
        await addToCohort(bare, ownCohort, a, 'candidate');
        await addToCohort(bare, ownCohort, b, 'mentor');
        const booked = await own.client.call(routes.scheduleSession, {
          params: { cohortId: ownCohort },
          body: {
            kind: 'mentor_interview',
            track: 'residency_fellowship',
            startsAt: new Date(Math.ceil((Date.now() + 86_400_000) / 3_600_000) * 3_600_000).toISOString(),
            participants: [
              { userId: a.user.id, role: 'candidate' },
              { userId: b.user.id, role: 'interviewer' },
            ],
          },
        });
        const response = await a.client.call(routes.createVideoToken, { params: { sessionId: booked.body.id } });
        expect(response.status).toBe(503);
        expect(response.contentType).toContain('application/problem+json');
        expect(response.body.detail).toMatch(/^Video is not configured on this server/);
      } finally {
        await bare.close();
      }
    });
  });

  describe('webhooks', () => {
    /** Signs a body the way a LiveKit server does: a JWT from the API key whose sha256 claim is the body's hash. */
    async function signature(body: string, key = KEY, secret = SECRET): Promise<string> {
      const token = new AccessToken(key, secret, { ttl: '5m' });
      token.sha256 = createHash('sha256').update(body).digest('base64');
      return token.toJwt();
    }

    interface EventSpec {
      event: string;
      sessionId?: string;
      roomName?: string;
      identity?: string;
      at: number;
      id?: string;
    }

    function eventBody({ event, sessionId, roomName, identity, at, id }: EventSpec): string {
      const seconds = String(Math.floor(at / 1000));
      return JSON.stringify({
        event,
        room: { sid: 'RM_test', name: roomName ?? videoRoomName(sessionId!), emptyTimeout: 300, creationTime: seconds },
        ...(identity ? { participant: { sid: 'PA_test', identity, name: 'Someone', state: 'ACTIVE', joinedAt: seconds } } : {}),
        id: id ?? `EV_${randomUUID()}`,
        createdAt: seconds,
      });
    }

    async function post(body: string, authorization?: string) {
      return t.client().raw('POST', routes.livekitWebhook.path, body, {
        'content-type': 'application/webhook+json',
        ...(authorization === undefined ? {} : { authorization }),
      });
    }

    async function deliver(spec: EventSpec) {
      const body = eventBody(spec);
      const response = await post(body, await signature(body));
      expect(response.status).toBe(204);
      return body;
    }

    const at = (start: number, seconds: number) => start + seconds * 1000;

    it('keeps attendance per participant, goes live with both in, and completes when the room finishes', async () => {
      const session = await sessionStarting(-2 * MINUTE);
      const { id: sessionId, start } = session;
      await deliver({ event: 'room_started', sessionId, at: at(start, 0) });
      await deliver({ event: 'participant_joined', sessionId, identity: candidate.user.id, at: at(start, 0) });
      expect((await detail(sessionId)).status).toBe('scheduled');
      // The hidden coordinator's presence counts for nothing.
      await deliver({ event: 'participant_joined', sessionId, identity: coordinator.user.id, at: at(start, 10) });
      await deliver({ event: 'participant_joined', sessionId, identity: mentor.user.id, at: at(start, 60) });
      expect((await detail(sessionId)).status).toBe('live');

      // The candidate's laptop sleeps: away from 300 s to 400 s, then in until 460 s.
      await deliver({ event: 'participant_left', sessionId, identity: candidate.user.id, at: at(start, 300) });
      await deliver({ event: 'participant_joined', sessionId, identity: candidate.user.id, at: at(start, 400) });
      await deliver({ event: 'participant_left', sessionId, identity: candidate.user.id, at: at(start, 460) });
      await deliver({ event: 'participant_left', sessionId, identity: mentor.user.id, at: at(start, 500) });
      await deliver({ event: 'room_finished', sessionId, at: at(start, 520) });

      const finished = await detail(sessionId);
      expect(finished.status).toBe('completed');
      // LiveKit stamps events in whole seconds.
      const second = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
      expect(finished.attendance).toEqual([
        // Webhooks say nothing of the call's media: only each browser's call:media report does.
        {
          userId: candidate.user.id,
          joinedAt: second(at(start, 0)),
          leftAt: second(at(start, 460)),
          secondsPresent: 360,
          call: null,
        },
        {
          userId: mentor.user.id,
          joinedAt: second(at(start, 60)),
          leftAt: second(at(start, 500)),
          secondsPresent: 440,
          call: null,
        },
      ]);
    });

    it('applies each event once: a redelivery changes nothing', async () => {
      const { id: sessionId, start } = await sessionStarting(-MINUTE);
      const joined = await deliver({ event: 'participant_joined', sessionId, identity: candidate.user.id, at: at(start, 0) });
      const left = await deliver({ event: 'participant_left', sessionId, identity: candidate.user.id, at: at(start, 30) });
      const before = await tableChecksums(t);
      for (const body of [left, joined, left]) {
        const response = await post(body, await signature(body));
        expect(response.status).toBe(204);
      }
      expect(await tableChecksums(t)).toEqual(before);
      expect((await detail(sessionId)).attendance).toMatchObject([{ userId: candidate.user.id, secondsPresent: 30 }]);
    });

    it('refuses unsigned, foreign-key, wrongly signed and tampered webhooks with 401, and unknown sessions with 404, changing nothing', async () => {
      const { id: sessionId, start } = await sessionStarting(0);
      const body = eventBody({ event: 'participant_joined', sessionId, identity: candidate.user.id, at: start });
      const tampered = body.replace(candidate.user.id, mentor.user.id);
      const unknownSession = eventBody({
        event: 'participant_joined',
        sessionId: randomUUID(),
        identity: candidate.user.id,
        at: start,
      });
      const before = await tableChecksums(t);

      const refusals: [string, Awaited<ReturnType<typeof post>>][] = [
        ['unsigned', await post(body)],
        ['empty signature', await post(body, '')],
        ['not a JWT', await post(body, 'not-a-token')],
        ['another key', await post(body, await signature(body, 'another-key', 'another-secret-another-secret-another'))],
        ['our key name, another secret', await post(body, await signature(body, KEY, 'another-secret-another-secret-another'))],
        ['tampered body', await post(tampered, await signature(body))],
        ['unknown session', await post(unknownSession, await signature(unknownSession))],
      ];
      expect(refusals.map(([name, response]) => [name, response.status, response.contentType.split(';')[0]])).toEqual([
        ['unsigned', 401, 'application/problem+json'],
        ['empty signature', 401, 'application/problem+json'],
        ['not a JWT', 401, 'application/problem+json'],
        ['another key', 401, 'application/problem+json'],
        ['our key name, another secret', 401, 'application/problem+json'],
        ['tampered body', 401, 'application/problem+json'],
        ['unknown session', 404, 'application/problem+json'],
      ]);
      expect(refusals[0][1].body.detail).toMatch(/not signed by this server’s LiveKit key/);
      // Too large, or nested deeper than any contract allows: refused before anything reads it.
      const huge = await post(JSON.stringify({ id: 'EV_huge', padding: 'x'.repeat(70 * 1024) }), await signature('{}'));
      expect([huge.status, huge.contentType.split(';')[0]]).toEqual([413, 'application/problem+json']);
      const deep = '['.repeat(5000) + ']'.repeat(5000);
      expect((await post(deep, await signature('[]'))).status).toBe(401);
      // A room Rounds did not name belongs to someone else on the same LiveKit project: acknowledged, ignored.
      const foreign = eventBody({
        event: 'participant_joined',
        roomName: 'weekly-standup',
        identity: candidate.user.id,
        at: start,
      });
      expect((await post(foreign, await signature(foreign))).status).toBe(204);
      expect(await tableChecksums(t)).toEqual(before);
    });

    it('keeps an equipment check a check: both in before the start leaves the session scheduled, and a room closing then ends nothing', async () => {
      const { id: sessionId, start } = await sessionStarting(8 * MINUTE);
      await deliver({ event: 'participant_joined', sessionId, identity: candidate.user.id, at: start - 8 * MINUTE });
      await deliver({ event: 'participant_joined', sessionId, identity: mentor.user.id, at: start - 7 * MINUTE });
      expect((await detail(sessionId)).status).toBe('scheduled');
      await deliver({ event: 'participant_left', sessionId, identity: candidate.user.id, at: start - 6 * MINUTE });
      await deliver({ event: 'participant_left', sessionId, identity: mentor.user.id, at: start - 6 * MINUTE });
      await deliver({ event: 'room_finished', sessionId, at: start - 5 * MINUTE });
      expect((await detail(sessionId)).status).toBe('scheduled');
      expect((await candidate.client.call(routes.createVideoToken, { params: { sessionId } })).status).toBe(200);
      // At the real time the session runs as any other: live once both are in.
      await deliver({ event: 'participant_joined', sessionId, identity: candidate.user.id, at: start + MINUTE });
      await deliver({ event: 'participant_joined', sessionId, identity: mentor.user.id, at: start + MINUTE });
      expect((await detail(sessionId)).status).toBe('live');
    });

    describe('no-shows', () => {
      it('queues a check ten minutes after the start whenever a session is booked', async () => {
        const { id: sessionId } = await sessionStarting(0);
        const [booked] = await t.sql<{ starts_at: Date }>(
          `SELECT lower(during) AS starts_at FROM session_participants WHERE session_id = $1 LIMIT 1`,
          [sessionId],
        );
        const jobs = await t.sql<{ start_after: Date; data: { startsAt: number } }>(
          `SELECT start_after, data FROM pgboss.job WHERE name = $1 AND data->>'sessionId' = $2`,
          [NO_SHOW_QUEUE, sessionId],
        );
        expect(jobs.map((j) => [j.data.startsAt, j.start_after.getTime()])).toEqual([
          [booked.starts_at.getTime(), booked.starts_at.getTime() + 10 * MINUTE],
        ]);
      });

      it('records whoever never joined by ten minutes after the start, by name', async () => {
        const { id: sessionId, start } = await sessionStarting(-11 * MINUTE);
        await deliver({ event: 'participant_joined', sessionId, identity: mentor.user.id, at: start });
        const checks = t.app.get(NoShowChecks);
        // Not yet at nine minutes; then the candidate, who never came.
        expect(await checks.run({ sessionId, startsAt: start }, start + 9 * MINUTE)).toEqual([]);
        expect((await detail(sessionId)).status).toBe('scheduled');
        expect(await checks.run({ sessionId, startsAt: start }, start + 10 * MINUTE)).toEqual([candidate.user.id]);
        const session = await detail(sessionId);
        expect(session.status).toBe('no_show');
        expect(session.statusReason).toBe('Amara Okafor did not join within 10 minutes of the start.');
        expect(session.participants.map((p) => [p.userId, p.noShow])).toEqual([
          [mentor.user.id, false],
          [candidate.user.id, true],
        ]);
        // Run again (pg-boss retries): nothing more happens.
        const before = await tableChecksums(t);
        expect(await checks.run({ sessionId, startsAt: start }, start + 11 * MINUTE)).toEqual([]);
        expect(await tableChecksums(t)).toEqual(before);
      });

      it('leaves a session alone when both came, or when it has moved since the job was queued', async () => {
        const checks = t.app.get(NoShowChecks);
        const both = await sessionStarting(-12 * MINUTE);
        await deliver({ event: 'participant_joined', sessionId: both.id, identity: candidate.user.id, at: both.start });
        await deliver({ event: 'participant_left', sessionId: both.id, identity: candidate.user.id, at: both.start + MINUTE });
        await deliver({ event: 'participant_joined', sessionId: both.id, identity: mentor.user.id, at: both.start + 2 * MINUTE });
        const moved = await sessionStarting(-12 * MINUTE);
        const before = await tableChecksums(t);
        expect(await checks.run({ sessionId: both.id, startsAt: both.start }, both.start + 10 * MINUTE)).toEqual([]);
        expect(await checks.run({ sessionId: moved.id, startsAt: moved.start - 3_600_000 }, moved.start + 10 * MINUTE)).toEqual(
          [],
        );
        expect(await tableChecksums(t)).toEqual(before);
        expect((await detail(both.id)).status).toBe('scheduled');
      });
    });
  });
});
