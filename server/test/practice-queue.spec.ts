import {
  isSocketFailure,
  nextPracticePair,
  pairWaitingTickets,
  routes,
  type ExperienceLevel,
  type PracticeJoinResult,
  type PracticeMatched,
  type Track,
  type WaitingTicket,
} from '@rounds/shared';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../src/auth/password-hasher.js';
import { AuthSessionsService } from '../src/auth/auth-sessions.service.js';
import { CohortsService } from '../src/cohorts/cohorts.service.js';
import { PracticePairingService } from '../src/matching/practice-pairing.service.js';
import { PracticeQueueService } from '../src/matching/practice-queue.service.js';
import { RealtimeService } from '../src/realtime/realtime.service.js';
import { BookingService } from '../src/scheduling/booking.service.js';
import { UsersService } from '../src/users/users.service.js';
import { addToCohort, newCohort, newUser, type TestPerson } from './support/factories.js';
import { startSecondInstance, type SecondInstance } from './support/second-instance.js';
import { closeSockets, connectSocket, nextEvent, refusedConnection, request, type TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MINUTE = 60_000;
/** How many tickets wait in the long-queue test; the bench (`npm run bench`) sets 10,000. */
const QUEUE_LENGTH = Number(process.env.PRACTICE_QUEUE_LENGTH ?? 2_000);

/** Resolves once every socket has been disconnected by the server. */
function closeSocketsSeenByServer(sockets: TestSocket[]): Promise<void[]> {
  return Promise.all(
    sockets.map(
      (socket) => new Promise<void>((resolve) => (socket.connected ? socket.once('disconnect', () => resolve()) : resolve())),
    ),
  );
}

describe('practice now: the instant peer queue over socket.io', () => {
  let t: TestApp;
  let second: SecondInstance;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    second = await startSecondInstance(t);
  });
  afterAll(async () => {
    await closeSockets(sockets);
    await second?.close();
    await t?.close();
  });

  const queue = () => t.app.get(PracticeQueueService);
  const pairing = () => t.app.get(PracticePairingService);
  const count = async (sql: string, params: unknown[] = []) => (await t.sql<{ n: number }>(sql, params))[0].n;
  const waitingTickets = async (cohortId: string): Promise<WaitingTicket[]> =>
    (
      await t.sql<{ id: string; user_id: string; track: Track; level: ExperienceLevel; created_at: Date }>(
        `SELECT id, user_id, track, level, created_at FROM practice_tickets WHERE cohort_id = $1 AND status = 'waiting'`,
        [cohortId],
      )
    ).map((r) => ({ id: r.id, userId: r.user_id, cohortId, track: r.track, level: r.level, createdAt: r.created_at.getTime() }));

  async function open(person: TestPerson, baseUrl = t.baseUrl, transports?: ('polling' | 'websocket')[]): Promise<TestSocket> {
    const socket = await connectSocket(baseUrl, { cookie: person.client.sessionCookie, transports });
    sockets.push(socket);
    return socket;
  }

  async function candidate(cohortId: string, displayName: string, timeZone = 'UTC'): Promise<TestPerson> {
    const person = await newUser(t, { displayName, timeZone });
    await addToCohort(t, cohortId, person, 'candidate');
    return person;
  }

  async function join(socket: TestSocket, cohortId: string, track: Track, level: ExperienceLevel) {
    const ack = await request(socket, 'practice:join', { cohortId, track, level });
    if (isSocketFailure(ack)) throw new Error(`join refused: ${JSON.stringify(ack.error)}`);
    return ack;
  }

  it('pairs two candidates into a peer session that starts now and tells both where to go', async () => {
    const { cohortId } = await newCohort(t);
    const amara = await candidate(cohortId, 'Amara Okafor', 'Africa/Lagos');
    const bo = await candidate(cohortId, 'Bo Chen', 'Asia/Shanghai');
    // Amara connects the way a browser does (long-polling, then the upgrade); the cookie authenticates both.
    const amaraSocket = await open(amara, t.baseUrl, ['polling', 'websocket']);
    const boSocket = await open(bo);
    const amaraMatched = nextEvent(amaraSocket, 'practice:matched');
    const boMatched = nextEvent(boSocket, 'practice:matched');

    const before = Date.now();
    const amaraTicket = await join(amaraSocket, cohortId, 'healthcare_job', 'mid');
    expect(amaraTicket.position).toBe(1);
    const boTicket = await join(boSocket, cohortId, 'healthcare_job', 'mid');
    expect(boTicket.position).toBe(2);

    const [forAmara, forBo] = await Promise.all([amaraMatched, boMatched]);
    expect(forAmara.sessionId).toBe(forBo.sessionId);
    expect(forAmara).toMatchObject({
      ticketId: amaraTicket.ticketId,
      partner: { userId: bo.user.id, displayName: 'Bo Chen', timeZone: 'Asia/Shanghai' },
      joinPath: `/sessions/${forAmara.sessionId}`,
      roomPath: `/sessions/${forAmara.sessionId}/room`,
    });
    // Started the moment they were paired: an instant session, never booked.
    const made = await amara.client.call(routes.getSession, { params: { sessionId: forAmara.sessionId } });
    expect(made.body).toMatchObject({ kind: 'peer_swap', status: 'scheduled', instant: true });
    expect(forBo).toMatchObject({
      ticketId: boTicket.ticketId,
      partner: { userId: amara.user.id, displayName: 'Amara Okafor', timeZone: 'Africa/Lagos' },
    });
    expect(Date.parse(forAmara.startsAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(forAmara.startsAt)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(forAmara.endsAt) - Date.parse(forAmara.startsAt)).toBe(30 * MINUTE);

    // The session exists, for both of them, as a peer swap.
    const session = await amara.client.call(routes.getSession, { params: { sessionId: forAmara.sessionId } });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({
      kind: 'peer_swap',
      track: 'healthcare_job',
      cohortId,
      status: 'scheduled',
      startsAt: forAmara.startsAt,
    });
    expect(session.body.participants.map((p) => [p.userId, p.role]).sort()).toEqual(
      [
        [amara.user.id, 'candidate'],
        [bo.user.id, 'candidate'],
      ].sort(),
    );
    expect((await bo.client.call(routes.getSession, { params: { sessionId: forBo.sessionId } })).status).toBe(200);
    const tickets = await t.sql<{ id: string; status: string; session_id: string; matched_at: Date | null }>(
      `SELECT id, status, session_id, matched_at FROM practice_tickets WHERE id = ANY($1::uuid[])`,
      [[amaraTicket.ticketId, boTicket.ticketId]],
    );
    expect(tickets.map((row) => [row.status, row.session_id])).toEqual([
      ['matched', forAmara.sessionId],
      ['matched', forAmara.sessionId],
    ]);

    // Both are on the page already: an instant session sends no e-mail and schedules no reminder.
    expect(
      await count(`SELECT count(*)::int AS n FROM outbox_messages WHERE metadata->>'sessionId' = $1`, [forAmara.sessionId]),
    ).toBe(0);

    // Already in that session: practising again now would overlap it.
    const again = await request(amaraSocket, 'practice:join', { cohortId, track: 'healthcare_job', level: 'mid' });
    expect(again).toEqual({ error: { code: 'BUSY', message: expect.stringContaining('practice now would overlap it') } });
    expect(await count(`SELECT count(*)::int AS n FROM practice_tickets WHERE user_id = $1`, [amara.user.id])).toBe(1);
  });

  it('refuses joining twice with ALREADY_WAITING and writes nothing', async () => {
    const { cohortId } = await newCohort(t);
    const { cohortId: otherCohortId } = await newCohort(t, 'Residency prep');
    const dana = await candidate(cohortId, 'Dana Levi');
    await addToCohort(t, otherCohortId, dana, 'candidate');
    const socket = await open(dana);
    const secondTab = await open(dana, second.baseUrl);

    // Two tabs join at the same moment, through two instances: one ticket, the other is told it is already waiting.
    const raced = await Promise.all([
      request(socket, 'practice:join', { cohortId, track: 'informational', level: 'entry' }),
      request(secondTab, 'practice:join', { cohortId, track: 'informational', level: 'entry' }),
    ]);
    const joined = raced.filter((ack) => !isSocketFailure(ack)) as PracticeJoinResult[];
    expect(joined).toEqual([{ ticketId: expect.any(String), position: 1 }]);
    expect(raced.filter(isSocketFailure).map((ack) => ack.error.code)).toEqual(['ALREADY_WAITING']);
    const first = joined[0];

    for (const payload of [
      { cohortId, track: 'informational', level: 'entry' },
      { cohortId: otherCohortId, track: 'residency_fellowship', level: 'senior' },
    ]) {
      const ack = await request(socket, 'practice:join', payload);
      expect(ack).toEqual({
        error: {
          code: 'ALREADY_WAITING',
          message: expect.stringContaining('already waiting for a practice partner (place 1 in line)'),
        },
      });
    }
    const rows = await t.sql<{ id: string; status: string }>(`SELECT id, status FROM practice_tickets WHERE user_id = $1`, [
      dana.user.id,
    ]);
    expect(rows).toEqual([{ id: first.ticketId, status: 'waiting' }]);

    const left = await request(secondTab, 'practice:leave', {});
    expect(left).toEqual({ cancelledTicketId: first.ticketId });
    expect(await request(socket, 'practice:leave', {})).toEqual({ cancelledTicketId: null });
  });

  it('answers bad payloads and outsiders with an error naming the problem, and writes nothing', async () => {
    const { cohortId, coordinator } = await newCohort(t);
    const { cohortId: strangerCohortId } = await newCohort(t, 'Another cohort');
    const eli = await candidate(cohortId, 'Eli Novak');
    const socket = await open(eli);

    const invalid = await request(socket, 'practice:join', { cohortId: 'not-a-uuid', track: 'surgery', level: 'mid' });
    expect(invalid).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(
          /^The practice:join payload is not valid: .*Cohort ID must be a UUID.*Track must be one of/,
        ),
        fields: expect.arrayContaining([
          { field: 'cohortId', message: 'must be a UUID' },
          { field: 'track', message: 'must be one of: residency_fellowship, healthcare_job, informational' },
        ]),
      },
    });
    const unknownField = await request(socket, 'practice:join', {
      cohortId,
      track: 'healthcare_job',
      level: 'mid',
      priority: 'first',
    });
    expect(unknownField).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: [{ field: 'priority', message: 'is not a field of this request: remove it' }] },
    });
    const missing = await request(socket, 'practice:join', { cohortId, track: 'healthcare_job' });
    expect(missing).toMatchObject({ error: { code: 'VALIDATION_FAILED', fields: [{ field: 'level', message: 'is required' }] } });
    const notAnObject = await request(socket, 'practice:join', 'join me');
    expect(notAnObject).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: [{ field: '(payload)', message: 'must be an object' }] },
    });
    const badLeave = await request(socket, 'practice:leave', { ticketId: 42 });
    expect(badLeave).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: [{ field: 'ticketId', message: 'must be a UUID' }] },
    });

    expect(await request(socket, 'practice:join', { cohortId: strangerCohortId, track: 'healthcare_job', level: 'mid' })).toEqual(
      {
        error: { code: 'NOT_A_CANDIDATE', message: expect.stringContaining('you are not a member') },
      },
    );
    expect(
      await request(socket, 'practice:join', {
        cohortId: '00000000-0000-4000-8000-000000000000',
        track: 'healthcare_job',
        level: 'mid',
      }),
    ).toEqual({
      error: { code: 'NOT_FOUND', message: 'There is no cohort with that id.' },
    });
    const coordinatorSocket = await open(coordinator);
    expect(await request(coordinatorSocket, 'practice:join', { cohortId, track: 'healthcare_job', level: 'mid' })).toEqual({
      error: { code: 'NOT_A_CANDIDATE', message: 'Only candidates of this cohort can join its practice queue.' },
    });
    expect(
      await count(`SELECT count(*)::int AS n FROM practice_tickets WHERE user_id = ANY($1::uuid[])`, [
        [eli.user.id, coordinator.user.id],
      ]),
    ).toBe(0);
    // The socket survived every refusal.
    expect(socket.connected).toBe(true);
  });

  it('refuses connections without a valid session, or from another origin', async () => {
    const anonymous = await refusedConnection(t.baseUrl);
    expect(anonymous.message).toBe('You are not signed in, or your session has expired: sign in to connect.');
    expect(anonymous.data).toEqual({ code: 'UNAUTHENTICATED', message: anonymous.message });
    const forged = await refusedConnection(t.baseUrl, {
      cookie: `rounds_session=${randomBytes(32).toString('base64url')}`,
      transports: ['polling'],
    });
    expect(forged.data?.code).toBe('UNAUTHENTICATED');

    const person = await newUser(t);
    const cookie = person.client.sessionCookie;
    await expect(
      refusedConnection(t.baseUrl, { cookie, headers: { origin: 'https://attacker.example' } }),
    ).resolves.toBeInstanceOf(Error);
    // Signed out: the old cookie no longer connects.
    await person.client.call(routes.logout, {});
    expect((await refusedConnection(t.baseUrl, { cookie })).data?.code).toBe('UNAUTHENTICATED');
  });

  it('cancels on leave; a disconnect cancels only with the last socket, on whichever instance it was', async () => {
    const { cohortId } = await newCohort(t);
    const fatima = await candidate(cohortId, 'Fatima Rahman');
    const gus = await candidate(cohortId, 'Gus Ito');
    const hana = await candidate(cohortId, 'Hana Park');
    // Three levels: adjacent ones pair only after a wait longer than this test, so everyone stays in line.
    const fatimaHere = await open(fatima);
    const fatimaThere = await open(fatima, second.baseUrl);
    const gusSocket = await open(gus);
    const hanaSocket = await open(hana, second.baseUrl);

    const fatimaTicket = await join(fatimaHere, cohortId, 'residency_fellowship', 'entry');
    const gusTicket = await join(gusSocket, cohortId, 'residency_fellowship', 'mid');
    const hanaTicket = await join(hanaSocket, cohortId, 'residency_fellowship', 'senior');
    expect([fatimaTicket.position, gusTicket.position, hanaTicket.position]).toEqual([1, 2, 3]);

    // Gus leaves: Hana moves up, told on the other instance.
    const hanaSecond = nextEvent(hanaSocket, 'practice:position', (p) => p.position === 2);
    const gusCancelled = nextEvent(gusSocket, 'practice:cancelled');
    expect(await request(gusSocket, 'practice:leave', { ticketId: gusTicket.ticketId })).toEqual({
      cancelledTicketId: gusTicket.ticketId,
    });
    expect(await gusCancelled).toEqual({ ticketId: gusTicket.ticketId, reason: 'left' });
    expect(await hanaSecond).toEqual({ ticketId: hanaTicket.ticketId, position: 2 });

    // Fatima's tab on the first instance closes; her tab on the second still holds her place.
    const first = t.app.get(RealtimeService).io!.of('/').sockets.get(fatimaHere.id!)!;
    first.disconnect(true);
    await queue().settled();
    expect(
      await count(`SELECT count(*)::int AS n FROM practice_tickets WHERE id = $1 AND status = 'waiting'`, [
        fatimaTicket.ticketId,
      ]),
    ).toBe(1);

    // Her last tab closes (on the second instance): the ticket goes and Hana is next.
    const hanaFirst = nextEvent(hanaSocket, 'practice:position', (p) => p.position === 1);
    fatimaThere.disconnect();
    expect(await hanaFirst).toEqual({ ticketId: hanaTicket.ticketId, position: 1 });
    const [row] = await t.sql<{ status: string; cancel_reason: string }>(
      `SELECT status, cancel_reason FROM practice_tickets WHERE id = $1`,
      [fatimaTicket.ticketId],
    );
    expect(row).toEqual({ status: 'cancelled', cancel_reason: 'disconnected' });

    // A reconnecting tab learns its place at once.
    const hanaAgain = await connectSocket(t.baseUrl, { cookie: hana.client.sessionCookie, transports: ['websocket'] });
    sockets.push(hanaAgain);
    expect(await nextEvent(hanaAgain, 'practice:position')).toEqual({ ticketId: hanaTicket.ticketId, position: 1 });
    await request(hanaSocket, 'practice:leave', {});
  });

  it('pairs adjacent levels after the wait, and expires tickets no instance has seen for a while', async () => {
    const { cohortId } = await newCohort(t);
    const ines = await candidate(cohortId, 'Ines Duarte');
    const jon = await candidate(cohortId, 'Jon Berg');
    const inesSocket = await open(ines);
    const jonSocket = await open(jon, second.baseUrl);
    const inesTicket = await join(inesSocket, cohortId, 'healthcare_job', 'entry');
    const jonTicket = await join(jonSocket, cohortId, 'healthcare_job', 'mid');
    await Promise.all([queue().settled(), second.app.get(PracticeQueueService).settled()]);
    expect(
      await count(`SELECT count(*)::int AS n FROM practice_tickets WHERE id = ANY($1::uuid[]) AND status = 'waiting'`, [
        [inesTicket.ticketId, jonTicket.ticketId],
      ]),
    ).toBe(2);

    // Ines has waited long enough: the sweep pairs her with the adjacent level.
    await t.sql(`UPDATE practice_tickets SET created_at = created_at - interval '1 minute' WHERE id = $1`, [inesTicket.ticketId]);
    const matched = Promise.all([nextEvent(inesSocket, 'practice:matched'), nextEvent(jonSocket, 'practice:matched')]);
    await pairing().sweep();
    const [forInes, forJon] = await matched;
    expect(forInes.sessionId).toBe(forJon.sessionId);

    // A ticket whose person no instance holds a connection of expires; a connected person's lease is renewed.
    const kim = await candidate(cohortId, 'Kim Sato');
    const lou = await candidate(cohortId, 'Lou Marsh');
    const [{ id: kimTicket }] = await t.sql<{ id: string }>(
      `INSERT INTO practice_tickets (user_id, cohort_id, track, level) VALUES ($1, $2, 'informational', 'entry') RETURNING id`,
      [kim.user.id, cohortId],
    );
    const louSocket = await open(lou);
    const louTicket = await join(louSocket, cohortId, 'informational', 'senior');
    expect(louTicket.position).toBe(2);
    // (Only Kim's lease is aged past expiry: any instance's sweep may expire it. Lou's is aged less, and renewed.)
    await t.sql(`UPDATE practice_tickets SET seen_at = now() - interval '5 minutes' WHERE id = $1`, [kimTicket]);
    await t.sql(`UPDATE practice_tickets SET seen_at = now() - interval '10 seconds' WHERE id = $1`, [louTicket.ticketId]);
    const louMovesUp = nextEvent(louSocket, 'practice:position', (p) => p.position === 1);
    await pairing().sweep();
    const rows = await t.sql<{ id: string; status: string; cancel_reason: string | null; renewed: boolean }>(
      `SELECT id, status, cancel_reason, seen_at > now() - interval '5 seconds' AS renewed FROM practice_tickets WHERE id = ANY($1::uuid[]) ORDER BY created_at`,
      [[kimTicket, louTicket.ticketId]],
    );
    expect(rows).toEqual([
      { id: kimTicket, status: 'cancelled', cancel_reason: 'expired', renewed: false },
      { id: louTicket.ticketId, status: 'waiting', cancel_reason: null, renewed: true },
    ]);
    expect(await louMovesUp).toEqual({ ticketId: louTicket.ticketId, position: 1 });
    await request(louSocket, 'practice:leave', {});
  });

  it('two instances, 200 candidates joining through both: each ticket matched at most once, nobody twice, no compatible pair left', async () => {
    const { cohortId } = await newCohort(t);
    // Four groups (track × level); entry and senior never pair, so exactly one ticket per odd group is left.
    const groups: { track: Track; level: ExperienceLevel; size: number }[] = [
      { track: 'healthcare_job', level: 'entry', size: 49 },
      { track: 'healthcare_job', level: 'senior', size: 51 },
      { track: 'residency_fellowship', level: 'entry', size: 51 },
      { track: 'residency_fellowship', level: 'senior', size: 49 },
    ];
    const specs = groups.flatMap((g) => Array.from({ length: g.size }, () => ({ track: g.track, level: g.level })));
    // A fixed interleaving, so the groups arrive mixed.
    const order = specs
      .map((spec, i) => ({ spec, key: (i * 7919) % specs.length }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.spec);

    // 200 accounts straight through the services: one argon2 hash, sessions minted without HTTP sign-ins.
    const passwordHash = await t.app.get(PasswordHasher).hash('not used by this test');
    const tag = randomBytes(3).toString('hex');
    const people = await t.app.get(DataSource).transaction(async (manager) => {
      const created: { userId: string; cookie: string }[] = [];
      for (let i = 0; i < order.length; i++) {
        const user = await t.app.get(UsersService).create(manager, {
          email: `peer-${tag}-${i}@example.org`,
          passwordHash,
          displayName: `Peer ${i}`,
          timeZone: ['America/Chicago', 'Asia/Kolkata', 'Europe/London', 'Africa/Lagos'][i % 4],
          roles: ['candidate'],
        });
        await t.app.get(CohortsService).addMember(manager, cohortId, user.id, 'candidate');
        const token = await t.app.get(AuthSessionsService).start(user.id, 'jest', manager);
        created.push({ userId: user.id, cookie: `rounds_session=${token}` });
      }
      return created;
    });

    // Alternate instances, as a load balancer would.
    const clients = await Promise.all(
      people.map(async (person, i) => {
        const socket = await connectSocket(i % 2 === 0 ? t.baseUrl : second.baseUrl, { cookie: person.cookie });
        sockets.push(socket);
        return { ...person, ...order[i], socket, matched: [] as { event: PracticeMatched; at: number }[], joinedAt: 0 };
      }),
    );
    const expectedMatches = groups.reduce((sum, g) => sum + g.size - (g.size % 2), 0);
    let received = 0;
    let lastMatchAt = 0;
    const allMatched = new Promise<void>((resolve) => {
      for (const client of clients) {
        client.socket.on('practice:matched', (event) => {
          client.matched.push({ event, at: performance.now() });
          received += 1;
          lastMatchAt = performance.now();
          if (received === expectedMatches) resolve();
        });
      }
    });

    const pairsBefore = [pairing().stats.pairsMade, second.app.get(PracticePairingService).stats.pairsMade];
    const startedAt = performance.now();
    const acks = await Promise.all(
      clients.map((client) => {
        client.joinedAt = performance.now();
        return request(client.socket, 'practice:join', { cohortId, track: client.track, level: client.level });
      }),
    );
    expect(acks.filter(isSocketFailure)).toEqual([]);
    await allMatched;
    await Promise.all([queue().settled(), second.app.get(PracticeQueueService).settled()]);

    // Every ticket matched at most once, every socket told at most once and about its own ticket.
    const tickets = await t.sql<{
      id: string;
      user_id: string;
      track: Track;
      level: ExperienceLevel;
      status: string;
      session_id: string | null;
      created_at: Date;
    }>(`SELECT id, user_id, track, level, status, session_id, created_at FROM practice_tickets WHERE cohort_id = $1`, [cohortId]);
    expect(tickets).toHaveLength(200);
    expect(tickets.filter((r) => r.status === 'matched')).toHaveLength(expectedMatches);
    clients.forEach((client, i) => {
      const ack = acks[i] as { ticketId: string };
      const row = tickets.find((r) => r.id === ack.ticketId)!;
      expect(row.user_id).toBe(client.userId);
      expect(client.matched.length).toBe(row.status === 'matched' ? 1 : 0);
      if (row.status === 'matched')
        expect(client.matched[0].event).toMatchObject({ ticketId: row.id, sessionId: row.session_id });
    });

    // Each session: exactly two tickets, of two different people, who are exactly its participants; nobody is in two sessions.
    const bySession = new Map<string, string[]>();
    for (const row of tickets.filter((r) => r.session_id))
      bySession.set(row.session_id!, [...(bySession.get(row.session_id!) ?? []), row.user_id]);
    expect(bySession.size).toBe(expectedMatches / 2);
    const participants = await t.sql<{ session_id: string; user_id: string }>(
      `SELECT session_id, user_id FROM session_participants WHERE session_id = ANY($1::uuid[])`,
      [[...bySession.keys()]],
    );
    for (const [sessionId, users] of bySession) {
      expect(new Set(users).size).toBe(2);
      expect(
        participants
          .filter((p) => p.session_id === sessionId)
          .map((p) => p.user_id)
          .sort(),
      ).toEqual([...users].sort());
    }
    expect(new Set(participants.map((p) => p.user_id)).size).toBe(participants.length);
    // Same track and level on both sides of every pair, and each partner is the other person.
    for (const client of clients.filter((c) => c.matched.length === 1)) {
      const partner = clients.find((c) => c.userId === client.matched[0].event.partner.userId)!;
      expect([partner.track, partner.level, partner.matched[0].event.partner.userId]).toEqual([
        client.track,
        client.level,
        client.userId,
      ]);
    }

    // Left waiting: one per odd group, and no pair among them that the rule would accept.
    const waiting: WaitingTicket[] = tickets
      .filter((r) => r.status === 'waiting')
      .map((r) => ({ id: r.id, userId: r.user_id, cohortId, track: r.track, level: r.level, createdAt: r.created_at.getTime() }));
    expect(waiting.map((w) => `${w.track}/${w.level}`).sort()).toEqual(
      groups
        .filter((g) => g.size % 2 === 1)
        .map((g) => `${g.track}/${g.level}`)
        .sort(),
    );
    expect(nextPracticePair(waiting, Date.now())).toBeNull();

    const waits = clients.filter((c) => c.matched.length === 1).map((c) => c.matched[0].at - c.joinedAt);
    const figures = {
      tickets: 200,
      pairs: expectedMatches / 2,
      msToPairAll: Math.round(lastMatchAt - startedAt),
      maxWaitMs: Math.round(Math.max(...waits)),
      medianWaitMs: Math.round(waits.sort((a, b) => a - b)[Math.floor(waits.length / 2)]),
      pairsMadeByInstance: [
        pairing().stats.pairsMade - pairsBefore[0],
        second.app.get(PracticePairingService).stats.pairsMade - pairsBefore[1],
      ],
    };
    process.stdout.write(`practice queue, two instances: ${JSON.stringify(figures)}\n`);

    // Both instances drop every connection (as the servers see it): the leftovers are cancelled with their last socket.
    const clientsGone = closeSocketsSeenByServer(clients.map((c) => c.socket));
    for (const instance of [t.app, second.app]) {
      for (const socket of [...instance.get(RealtimeService).io!.of('/').sockets.values()]) socket.disconnect(true);
    }
    await clientsGone;
    await Promise.all([queue().settled(), second.app.get(PracticeQueueService).settled()]);
    expect(
      await count(`SELECT count(*)::int AS n FROM practice_tickets WHERE cohort_id = $1 AND status = 'waiting'`, [cohortId]),
    ).toBe(0);
  }, 60_000);

  it('two instances sweeping a long queue at once: every compatible pair made exactly once, as the shared rule pairs it', async () => {
    const { cohortId } = await newCohort(t);
    // People and their waiting tickets straight in SQL: two tracks, three levels, all joined in the last seconds.
    const tag = randomBytes(3).toString('hex');
    await t.sql(
      `WITH people AS (
         INSERT INTO users (email, password_hash, display_name, time_zone, roles)
         SELECT 'queue-' || $2 || '-' || g || '@example.org', 'not used', 'Peer ' || g, 'Africa/Lagos', ARRAY['candidate']
         FROM generate_series(1, $1::int) g
         RETURNING id, display_name
       ), numbered AS (
         SELECT id, substr(display_name, 6)::int AS g FROM people
       ), members AS (
         INSERT INTO cohort_members (cohort_id, user_id, role) SELECT $3, id, 'candidate' FROM numbered
       )
       INSERT INTO practice_tickets (user_id, cohort_id, track, level, created_at)
       SELECT id, $3, (ARRAY['healthcare_job', 'informational'])[1 + g % 2], (ARRAY['entry', 'mid', 'senior'])[1 + g % 3],
              now() - make_interval(secs => g / 1000.0)
       FROM numbered`,
      [QUEUE_LENGTH, tag, cohortId],
    );
    const waitingBefore = await waitingTickets(cohortId);
    const expected = pairWaitingTickets(waitingBefore, Date.now());
    const instances = [t.app, second.app].map((app) => ({
      pairing: app.get(PracticePairingService),
      queue: app.get(PracticeQueueService),
    }));
    const pairsBefore = instances.map((i) => i.pairing.stats.pairsMade);

    const startedAt = performance.now();
    await Promise.all(instances.map((i) => i.pairing.sweep()));
    await Promise.all(instances.map((i) => i.queue.settled()));
    const msToPairAll = Math.round(performance.now() - startedAt);

    const tickets = await t.sql<{ id: string; user_id: string; status: string; session_id: string | null }>(
      `SELECT id, user_id, status, session_id FROM practice_tickets WHERE cohort_id = $1`,
      [cohortId],
    );
    const partnerOf = new Map<string, string>();
    for (const [a, b] of expected) partnerOf.set(a.id, b.id).set(b.id, a.id);
    const sessionOf = new Map(tickets.map((ticket) => [ticket.id, ticket.session_id]));
    // Exactly the shared rule's pairs: each pair shares one session, and nobody else is matched.
    for (const ticket of tickets) {
      const partner = partnerOf.get(ticket.id);
      expect({ ticket: ticket.id, status: ticket.status }).toEqual({
        ticket: ticket.id,
        status: partner ? 'matched' : 'waiting',
      });
      if (partner) expect(sessionOf.get(partner)).toBe(ticket.session_id);
    }
    // Each session has exactly its pair as participants, and nobody is in two sessions.
    const participants = await t.sql<{ session_id: string; user_id: string }>(
      `SELECT p.session_id, p.user_id FROM session_participants p JOIN sessions s ON s.id = p.session_id WHERE s.cohort_id = $1`,
      [cohortId],
    );
    expect(participants).toHaveLength(expected.length * 2);
    expect(new Set(participants.map((p) => p.user_id)).size).toBe(participants.length);
    const userOf = new Map(tickets.map((ticket) => [ticket.id, ticket.user_id]));
    for (const [a] of expected) {
      expect(
        participants
          .filter((p) => p.session_id === sessionOf.get(a.id))
          .map((p) => p.user_id)
          .sort(),
      ).toEqual([userOf.get(a.id), userOf.get(partnerOf.get(a.id)!)].sort());
    }
    // What is left cannot be paired, and the two instances together made each pair once.
    expect(nextPracticePair(await waitingTickets(cohortId), Date.now())).toBeNull();
    const pairsMadeByInstance = instances.map((i, n) => i.pairing.stats.pairsMade - pairsBefore[n]);
    expect(pairsMadeByInstance[0] + pairsMadeByInstance[1]).toBe(expected.length);
    process.stdout.write(
      `practice queue, ${QUEUE_LENGTH} waiting tickets swept by two instances: ${JSON.stringify({ pairs: expected.length, msToPairAll, pairsMadeByInstance })}\n`,
    );
  }, 120_000);

  it('starts nothing for someone who was booked meanwhile', async () => {
    const { cohortId } = await newCohort(t);
    const mo = await candidate(cohortId, 'Mo Haddad');
    const nia = await candidate(cohortId, 'Nia Brooks');
    const ola = await candidate(cohortId, 'Ola Nord');
    // Mo and Nia are put into a session right now through the scheduling service (as a coordinator might).
    const [started] = await t.app
      .get(DataSource)
      .transaction((manager) =>
        t.app.get(BookingService).startPeerSessionsNow(manager, cohortId, 'informational', [[mo.user.id, nia.user.id]]),
      );
    expect(started.id).toEqual(expect.any(String));
    const moSocket = await open(mo);
    const olaSocket = await open(ola);
    expect(await request(moSocket, 'practice:join', { cohortId, track: 'informational', level: 'mid' })).toMatchObject({
      error: { code: 'BUSY' },
    });

    // Booked between joining and pairing: pairing leaves Nia out, Ola keeps waiting and the busy ticket goes.
    const olaTicket = await join(olaSocket, cohortId, 'informational', 'mid');
    const [{ id: busyTicket }] = await t.sql<{ id: string }>(
      `INSERT INTO practice_tickets (user_id, cohort_id, track, level) VALUES ($1, $2, 'informational', 'mid') RETURNING id`,
      [nia.user.id, cohortId],
    );
    await pairing().sweep();
    await queue().settled();
    const rows = await t.sql<{ id: string; status: string; cancel_reason: string | null }>(
      `SELECT id, status, cancel_reason FROM practice_tickets WHERE id = ANY($1::uuid[]) ORDER BY created_at`,
      [[olaTicket.ticketId, busyTicket]],
    );
    expect(rows).toEqual([
      { id: olaTicket.ticketId, status: 'waiting', cancel_reason: null },
      { id: busyTicket, status: 'cancelled', cancel_reason: 'busy' },
    ]);
    await request(olaSocket, 'practice:leave', {});
  });
});
