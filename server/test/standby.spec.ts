import { routes, STANDBY, type StandbyOffer } from '@rounds/shared';
import { PEER_START_CHECK_QUEUE } from '../src/scheduling/peer-start-checks.service.js';
import { AttendanceService } from '../src/video/attendance.service.js';
import { StandbyOffersService } from '../src/standby/standby-offers.service.js';
import { ALWAYS_AVAILABLE } from './support/fixture-world.js';
import { addToCohort, newCohort, newUser, type TestPerson } from './support/factories.js';
import { closeSockets, connectSocket, nextEvent, type TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const TRACK = 'healthcare_job' as const;

describe('standby', () => {
  let t: TestApp;
  let cohortId: string;
  let coordinator: TestPerson;
  const sockets: TestSocket[] = [];
  /** Each scenario books its sessions a day apart, so no two scenarios' times overlap. */
  let day = 1;

  beforeAll(async () => {
    // Jobs are polled every second, so a check made due below runs promptly.
    t = await startTestApp({ JOBS_POLL_SECONDS: '1' });
    ({ coordinator, cohortId } = await newCohort(t));
  });
  afterAll(async () => {
    await closeSockets(sockets);
    await t?.close();
  });

  async function member(
    displayName: string,
    role: 'candidate' | 'mentor' = 'candidate',
    inCohort = cohortId,
  ): Promise<TestPerson> {
    const person = await newUser(t, { displayName, roles: [role], timeZone: 'Europe/Berlin' });
    await addToCohort(t, inCohort, person, role);
    await person.client.call(routes.updateAvailability, { body: ALWAYS_AVAILABLE });
    return person;
  }

  const iso = (ms: number) => new Date(ms).toISOString();
  const nextDayStart = () => Math.ceil((Date.now() + 24 * HOUR * day++) / HOUR) * HOUR;

  async function peerSession(a: TestPerson, b: TestPerson, start: number): Promise<string> {
    const created = await coordinator.client.call(routes.scheduleSession, {
      params: { cohortId },
      body: {
        kind: 'peer_swap',
        track: TRACK,
        startsAt: iso(start),
        durationMinutes: 30,
        participants: [
          { userId: a.user.id, role: 'candidate' },
          { userId: b.user.id, role: 'candidate' },
        ],
      },
    });
    expect(created.status).toBe(201);
    return created.body.id;
  }

  async function joinStandby(person: TestPerson, from: number, to: number) {
    const joined = await person.client.call(routes.joinStandby, {
      params: { cohortId },
      body: { from: iso(from), to: iso(to), track: TRACK },
    });
    expect(joined.status).toBe(201);
    return joined.body;
  }

  /** Moves a session and everyone's standby windows back by the same amount, so the session started `minutesAgo`. */
  async function startedMinutesAgo(sessionId: string, minutesAgo: number): Promise<void> {
    const [{ shift }] = await t.sql<{ shift: string }>(
      `SELECT (starts_at - (now() - make_interval(mins => $2)))::text AS shift FROM sessions WHERE id = $1`,
      [sessionId, minutesAgo],
    );
    await t.sql(`UPDATE sessions SET starts_at = starts_at - $2::interval, ends_at = ends_at - $2::interval WHERE id = $1`, [
      sessionId,
      shift,
    ]);
    await t.sql(
      `UPDATE session_participants SET during = tstzrange(lower(during) - $2::interval, upper(during) - $2::interval) WHERE session_id = $1`,
      [sessionId, shift],
    );
    await t.sql(
      `UPDATE standby_entries SET available = tstzrange(lower(available) - $2::interval, upper(available) - $2::interval)
       WHERE cohort_id = $1`,
      [cohortId, shift],
    );
  }

  /** Someone in the session's room, as the room's socket (or LiveKit's webhook) reports it. */
  async function appeared(sessionId: string, person: TestPerson): Promise<void> {
    await t.app.get(AttendanceService).participantJoined(sessionId, person.user.id, new Date());
  }

  async function open(person: TestPerson): Promise<TestSocket> {
    const socket = await connectSocket(t.baseUrl, { cookie: person.client.sessionCookie });
    sockets.push(socket);
    return socket;
  }

  describe('the list', () => {
    it('lets a candidate join, list and leave their own windows', async () => {
      const sam = await member('Sam');
      const from = Date.now() + 2 * HOUR;
      const entry = await joinStandby(sam, from, from + 3 * HOUR);
      expect(entry).toMatchObject({ cohortId, track: TRACK, from: iso(from), to: iso(from + 3 * HOUR) });
      const listed = await sam.client.call(routes.listStandby, { params: { cohortId } });
      expect(listed.body).toEqual([entry]);
      const other = await member('Other');
      expect((await other.client.call(routes.listStandby, { params: { cohortId } })).body).toEqual([]);
      expect((await other.client.call(routes.leaveStandby, { params: { cohortId, entryId: entry.id } })).status).toBe(404);
      expect((await sam.client.call(routes.leaveStandby, { params: { cohortId, entryId: entry.id } })).status).toBe(204);
      expect((await sam.client.call(routes.listStandby, { params: { cohortId } })).body).toEqual([]);
    });

    it('refuses bad windows, other cohorts and non-candidates with a problem that says what to fix, creating nothing', async () => {
      const sam = await member('Sam');
      const soon = Date.now() + HOUR;
      const cases: { person: TestPerson; cohort?: string; body: unknown; status: number; field?: string; detail: RegExp }[] = [
        {
          person: sam,
          body: { from: iso(Date.now() - HOUR), to: iso(soon), track: TRACK },
          status: 400,
          field: 'from',
          detail: /From must be in the future/,
        },
        {
          person: sam,
          body: { from: iso(soon), to: iso(soon + 5 * HOUR), track: TRACK },
          status: 400,
          field: 'to',
          detail: /at most 4 hours/,
        },
        { person: sam, body: { from: iso(soon), to: iso(soon), track: TRACK }, status: 400, field: 'to', detail: /after from/ },
        {
          person: sam,
          body: { from: 'tomorrow', to: iso(soon), track: 'surgery' },
          status: 400,
          detail: /From.*Track|Track.*From/,
        },
        {
          person: sam,
          body: { from: iso(soon), to: iso(soon + HOUR), track: TRACK, extra: 1 },
          status: 400,
          detail: /Extra is not a field/,
        },
        {
          person: await member('Mentor Mo', 'mentor'),
          body: { from: iso(soon), to: iso(soon + HOUR), track: TRACK },
          status: 403,
          detail: /Only candidates/,
        },
      ];
      const other = await newCohort(t, 'Another cohort');
      cases.push({
        person: sam,
        cohort: other.cohortId,
        body: { from: iso(soon), to: iso(soon + HOUR), track: TRACK },
        status: 403,
        detail: /not a member/,
      });
      for (const c of cases) {
        const response = await c.person.client.raw('POST', `/api/cohorts/${c.cohort ?? cohortId}/standby`, c.body);
        expect([response.status, response.contentType]).toEqual([c.status, expect.stringContaining('application/problem+json')]);
        expect(response.body.detail).toMatch(c.detail);
        if (c.field) expect(response.body.errors?.map((e: { field: string }) => e.field)).toEqual([c.field]);
      }
      expect(
        (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM standby_entries WHERE user_id = $1`, [sam.user.id]))[0].n,
      ).toBe(0);
    });

    it('refuses a window over your own session or over another window of yours (409)', async () => {
      const [ana, ben] = [await member('Ana'), await member('Ben')];
      const start = nextDayStart();
      await peerSession(ana, ben, start);
      const overSession = await ana.client.call(routes.joinStandby, {
        params: { cohortId },
        body: { from: iso(start - HOUR), to: iso(start + HOUR), track: TRACK },
      });
      expect(overSession.status).toBe(409);
      expect(overSession.body.detail).toMatch(/You are in a session from .* outside your own sessions/);
      await joinStandby(ana, start + 2 * HOUR, start + 4 * HOUR);
      const overlapping = await ana.client.call(routes.joinStandby, {
        params: { cohortId },
        body: { from: iso(start + 3 * HOUR), to: iso(start + 5 * HOUR), track: TRACK },
      });
      expect(overlapping.status).toBe(409);
      expect(overlapping.body.detail).toMatch(/already on standby from .* leave that window first/);
    });
  });

  describe('offers', () => {
    it('checks each peer session 2 minutes after its start (a pg-boss job) and offers the seat of a partner who never joined the room, by e-mail and socket', async () => {
      const [ana, ben, sam] = [await member('Ana'), await member('Ben'), await member('Sam')];
      const start = nextDayStart();
      const sessionId = await peerSession(ana, ben, start);
      const [job] = await t.sql<{ id: string; start_after: Date }>(
        `SELECT id, start_after FROM pgboss.job WHERE name = $1 AND data->>'sessionId' = $2`,
        [PEER_START_CHECK_QUEUE, sessionId],
      );
      expect(job.start_after.toISOString()).toBe(iso(start + STANDBY.checkAfterMinutes * MINUTE));
      await joinStandby(sam, start - HOUR, start + HOUR);
      const samSocket = await open(sam);

      await startedMinutesAgo(sessionId, 2);
      // Ana is in the room; Ben never comes, and nobody marks him absent: the room's attendance alone says so.
      await appeared(sessionId, ana);
      // The check falls due now (as if the two minutes had passed): the worker runs it.
      const offered = nextEvent(samSocket, 'standby:offer');
      await t.sql(`UPDATE pgboss.job SET start_after = now() WHERE name = $1 AND id = $2`, [PEER_START_CHECK_QUEUE, job.id]);
      const offer = await offered;
      const [session] = await t.sql<{ starts_at: Date }>(`SELECT starts_at FROM sessions WHERE id = $1`, [sessionId]);
      expect(offer).toEqual({
        offerId: expect.any(String),
        sessionId,
        startsAt: session.starts_at.toISOString(),
        endsAt: iso(session.starts_at.getTime() + 30 * MINUTE),
        expiresAt: iso(session.starts_at.getTime() + STANDBY.offerMinutes * MINUTE),
        acceptPath: `/standby-offers/${offer.offerId}`,
      });
      const [mail] = await t.sql<{ subject: string; text_body: string }>(
        `SELECT subject, text_body FROM outbox_messages WHERE kind = 'standby-offer' AND to_address = $1`,
        [sam.email],
      );
      expect(mail.subject).toMatch(/^A practice seat is free now/);
      expect(mail.text_body).toContain(`${t.config.publicUrl}/standby-offers/${offer.offerId}`);

      // Sam takes the seat: in the session in Ben's place; Ben stays on it as a no-show.
      const accepted = await sam.client.call(routes.acceptStandbyOffer, { params: { offerId: offer.offerId } });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ offerId: offer.offerId, sessionId, joinPath: `/sessions/${sessionId}` });
      const now = await sam.client.call(routes.getSession, { params: { sessionId } });
      expect(now.status).toBe(200);
      expect(now.body.status).toBe('scheduled');
      expect(now.body.participants.map((p) => [p.displayName, p.noShow]).sort()).toEqual([
        ['Ana', false],
        ['Ben', true],
        ['Sam', false],
      ]);
      // Accepting again answers the same; the seat is not offered again.
      expect((await sam.client.call(routes.acceptStandbyOffer, { params: { offerId: offer.offerId } })).status).toBe(200);
      expect(await t.app.get(StandbyOffersService).offerSeatsOf(sessionId)).toEqual([]);
      // Someone else cannot use Sam's offer.
      expect((await ana.client.call(routes.acceptStandbyOffer, { params: { offerId: offer.offerId } })).status).toBe(404);
    });

    it('offers nobody a seat when everyone appeared, or to people whose window does not cover the session', async () => {
      const [ana, ben, sam, late] = [await member('Ana'), await member('Ben'), await member('Sam'), await member('Late Lu')];
      const start = nextDayStart();
      const sessionId = await peerSession(ana, ben, start);
      await joinStandby(late, start + 10 * MINUTE, start + HOUR);
      await startedMinutesAgo(sessionId, 2);
      await appeared(sessionId, ana);
      await appeared(sessionId, ben);
      expect(await t.app.get(StandbyOffersService).offerSeatsOf(sessionId)).toEqual([]);
      await joinStandby(sam, Date.now() + HOUR, Date.now() + 2 * HOUR);
      expect(await t.app.get(StandbyOffersService).offerSeatsOf(sessionId)).toEqual([]);
    });

    it('gives the seat to the first of two who accept at once; the other gets 409 saying it is taken', async () => {
      const [ana, ben, sam, sol] = [await member('Ana'), await member('Ben'), await member('Sam'), await member('Sol')];
      const start = nextDayStart();
      const sessionId = await peerSession(ana, ben, start);
      await joinStandby(sam, start - HOUR, start + HOUR);
      await joinStandby(sol, start - 30 * MINUTE, start + 2 * HOUR);
      await startedMinutesAgo(sessionId, 3);
      await appeared(sessionId, ana);
      const offers: StandbyOffer[] = await t.app.get(StandbyOffersService).offerSeatsOf(sessionId);
      expect(offers).toHaveLength(2);
      const offerOf = async (person: TestPerson) =>
        (
          await t.sql<{ id: string }>(`SELECT id FROM standby_offers WHERE user_id = $1 AND session_id = $2`, [
            person.user.id,
            sessionId,
          ])
        )[0].id;
      const [samOffer, solOffer] = [await offerOf(sam), await offerOf(sol)];

      const answers = await Promise.all([
        sam.client.call(routes.acceptStandbyOffer, { params: { offerId: samOffer } }),
        sol.client.call(routes.acceptStandbyOffer, { params: { offerId: solOffer } }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const refused = answers.find((a) => a.status === 409)!;
      expect(refused.contentType).toContain('application/problem+json');
      expect((refused.body as unknown as { detail: string }).detail).toBe(
        'The seat is taken: another standby peer accepted it first.',
      );
      const seated = await t.sql<{ user_id: string }>(
        `SELECT user_id FROM session_participants WHERE session_id = $1 AND active ORDER BY user_id`,
        [sessionId],
      );
      const winner = answers[0].status === 200 ? sam : sol;
      expect(seated.map((r) => r.user_id).sort()).toEqual([ana.user.id, winner.user.id].sort());
    });

    it('refuses an expired offer (410) and one whose standby window was left (410), changing nothing', async () => {
      const [ana, ben, sam] = [await member('Ana'), await member('Ben'), await member('Sam')];
      const start = nextDayStart();
      const sessionId = await peerSession(ana, ben, start);
      const entry = await joinStandby(sam, start - HOUR, start + HOUR);
      await startedMinutesAgo(sessionId, 4);
      await appeared(sessionId, ana);
      const [offer] = await t.app.get(StandbyOffersService).offerSeatsOf(sessionId);
      expect(offer.offerId).toBeDefined();

      // Once the session is five minutes old, the offer is over.
      await startedMinutesAgo(sessionId, STANDBY.offerMinutes + 1);
      await t.sql(`UPDATE standby_offers SET expires_at = now() - interval '1 minute' WHERE id = $1`, [offer.offerId]);
      const expired = await sam.client.call(routes.acceptStandbyOffer, { params: { offerId: offer.offerId } });
      expect(expired.status).toBe(410);
      expect((expired.body as unknown as { detail: string }).detail).toMatch(
        /^This offer expired at .*5 minutes after the session started\.$/,
      );
      expect(await t.app.get(StandbyOffersService).offerSeatsOf(sessionId)).toEqual([]);

      await t.sql(`UPDATE standby_offers SET expires_at = now() + interval '1 minute' WHERE id = $1`, [offer.offerId]);
      expect((await sam.client.call(routes.leaveStandby, { params: { cohortId, entryId: entry.id } })).status).toBe(204);
      const withdrawn = await sam.client.call(routes.acceptStandbyOffer, { params: { offerId: offer.offerId } });
      expect(withdrawn.status).toBe(410);
      expect((withdrawn.body as unknown as { detail: string }).detail).toMatch(/left the standby list/);
      const seated = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM session_participants WHERE session_id = $1 AND user_id = $2`,
        [sessionId, sam.user.id],
      );
      expect(seated[0].n).toBe(0);
    });
  });
});
