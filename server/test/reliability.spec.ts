import { isSocketFailure, routes, type ExperienceLevel, type PracticeMatched, type Track } from '@rounds/shared';
import { PracticePairingService } from '../src/matching/practice-pairing.service.js';
import { PracticeQueueService } from '../src/matching/practice-queue.service.js';
import { addToCohort, newCohort, newUser, type TestPerson } from './support/factories.js';
import { closeSockets, connectSocket, nextEvent, request, type TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Reliability from real session records: what coordinators see, and how practice now uses it (reliable
 * people first; people with repeated no-shows confirm before they are matched).
 */
describe('reliability', () => {
  let t: TestApp;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await closeSockets(sockets);
    await t?.close();
  });

  const queue = () => t.app.get(PracticeQueueService);
  const pairing = () => t.app.get(PracticePairingService);

  async function candidate(cohortId: string, displayName: string): Promise<TestPerson> {
    const person = await newUser(t, { displayName });
    await addToCohort(t, cohortId, person, 'candidate');
    return person;
  }

  /**
   * Past peer sessions of the person, started `daysAgo` each: `missed` ones with them marked no-show as the room's
   * attendance confirmed it (the session then has status no_show, as the no-show check leaves it), the others attended.
   */
  async function pastSessions(person: TestPerson, cohortId: string, sessions: { daysAgo: number; missed: boolean }[]) {
    for (const { daysAgo, missed } of sessions) {
      const [{ id }] = await t.sql<{ id: string }>(
        `INSERT INTO sessions (cohort_id, kind, track, starts_at, ends_at, status)
         VALUES ($1, 'peer_swap', 'healthcare_job', now() - make_interval(days => $2), now() - make_interval(days => $2) + interval '30 minutes', $3)
         RETURNING id`,
        [cohortId, daysAgo, missed ? 'no_show' : 'completed'],
      );
      await t.sql(
        `INSERT INTO session_participants (session_id, user_id, role, during, active, no_show, no_show_confirmed_by)
         SELECT id, $2, 'candidate', tstzrange(starts_at, ends_at), $3, $4, $5 FROM sessions WHERE id = $1`,
        [id, person.user.id, !missed, missed, missed ? 'attendance' : null],
      );
    }
  }

  async function open(person: TestPerson): Promise<TestSocket> {
    const socket = await connectSocket(t.baseUrl, { cookie: person.client.sessionCookie });
    sockets.push(socket);
    return socket;
  }

  async function join(socket: TestSocket, cohortId: string, track: Track, level: ExperienceLevel) {
    const ack = await request(socket, 'practice:join', { cohortId, track, level });
    if (isSocketFailure(ack)) throw new Error(`join refused: ${JSON.stringify(ack.error)}`);
    return ack;
  }

  it("shows each member's reliability to the cohort's coordinators only, in one member list", async () => {
    const { coordinator, cohortId } = await newCohort(t);
    const steady = await candidate(cohortId, 'Steady Sam');
    const patchy = await candidate(cohortId, 'Patchy Pat');
    const absent = await candidate(cohortId, 'Absent Alex');
    const newcomer = await candidate(cohortId, 'New Nia');
    await pastSessions(
      steady,
      cohortId,
      [1, 2, 3].map((daysAgo) => ({ daysAgo, missed: false })),
    );
    await pastSessions(patchy, cohortId, [
      { daysAgo: 40, missed: true },
      { daysAgo: 3, missed: false },
    ]);
    await pastSessions(absent, cohortId, [
      { daysAgo: 2, missed: true },
      { daysAgo: 9, missed: true },
      { daysAgo: 12, missed: false },
    ]);
    // A cancelled session is notice, not a miss, even with the flag set.
    const [{ id: cancelled }] = await t.sql<{ id: string }>(
      `INSERT INTO sessions (cohort_id, kind, track, starts_at, ends_at, status)
       VALUES ($1, 'peer_swap', 'healthcare_job', now() - interval '1 day', now() - interval '1 day' + interval '30 minutes', 'cancelled') RETURNING id`,
      [cohortId],
    );
    await t.sql(
      `INSERT INTO session_participants (session_id, user_id, role, during, active, no_show)
       SELECT id, $2, 'candidate', tstzrange(starts_at, ends_at), false, true FROM sessions WHERE id = $1`,
      [cancelled, steady.user.id],
    );

    const detail = await coordinator.client.call(routes.getCohort, { params: { cohortId } });
    expect(detail.status).toBe(200);
    const byName = Object.fromEntries(detail.body.members.map((m) => [m.displayName, m.reliability]));
    expect(byName['Steady Sam']).toEqual({
      standing: 'reliable',
      score: 1,
      sessionsCounted: 3,
      missedCounted: 0,
      missedRecently: 0,
    });
    expect(byName['Patchy Pat']).toMatchObject({ standing: 'some_missed', score: 0.75, missedCounted: 1, missedRecently: 0 });
    expect(byName['Absent Alex']).toMatchObject({ standing: 'repeated_no_shows', missedRecently: 2 });
    expect(byName['New Nia']).toMatchObject({ standing: 'reliable', score: 1, sessionsCounted: 0 });
    const members = await coordinator.client.call(routes.listMembers, { params: { cohortId } });
    expect(members.body.find((m) => m.userId === absent.user.id)?.reliability?.standing).toBe('repeated_no_shows');

    // Fellow members get the list without anyone's reliability.
    for (const reader of [steady, newcomer]) {
      const seen = await reader.client.call(routes.getCohort, { params: { cohortId } });
      expect(seen.status).toBe(200);
      expect(seen.body.members.every((m) => !('reliability' in m))).toBe(true);
    }
  });

  it('matches reliable people first: of three waiting, the one who missed a session is left waiting', async () => {
    const { cohortId } = await newCohort(t);
    const patchy = await candidate(cohortId, 'Patchy Pat');
    const ada = await candidate(cohortId, 'Ada');
    const ben = await candidate(cohortId, 'Ben');
    await pastSessions(patchy, cohortId, [{ daysAgo: 40, missed: true }]);
    const [patchySocket, adaSocket, benSocket] = [await open(patchy), await open(ada), await open(ben)];

    // Levels chosen so nobody can pair at once (entry–senior never; adjacent levels only after a wait):
    // Pat (entry) waited longest, Ada (senior) next, Ben (mid) fits either of them once the wait is over.
    const patTicket = await join(patchySocket, cohortId, 'healthcare_job', 'entry');
    const adaTicket = await join(adaSocket, cohortId, 'healthcare_job', 'senior');
    const benTicket = await join(benSocket, cohortId, 'healthcare_job', 'mid');
    await queue().settled();
    expect(patTicket.position).toBe(1);
    // Ada joined after Pat but is ahead of her in line; Ben too.
    expect(adaTicket.position).toBe(1);
    expect(benTicket.position).toBe(2);
    expect(
      (
        await t.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM practice_tickets WHERE status = 'matched' AND cohort_id = $1`,
          [cohortId],
        )
      )[0].n,
    ).toBe(0);

    // The adjacent-level wait is over for everyone (moved back in time rather than waited for).
    await t.sql(`UPDATE practice_tickets SET created_at = created_at - interval '1 minute' WHERE cohort_id = $1`, [cohortId]);
    const adaMatched = nextEvent(adaSocket, 'practice:matched');
    const benMatched = nextEvent(benSocket, 'practice:matched');
    const patPosition = nextEvent(patchySocket, 'practice:position');
    await pairing().sweep();
    const [forAda, forBen]: PracticeMatched[] = await Promise.all([adaMatched, benMatched]);
    expect(forAda.sessionId).toBe(forBen.sessionId);
    expect(forAda.partner.userId).toBe(ben.user.id);
    expect(await patPosition).toEqual({ ticketId: patTicket.ticketId, position: 1 });
    const [patRow] = await t.sql<{ status: string }>(`SELECT status FROM practice_tickets WHERE id = $1`, [patTicket.ticketId]);
    expect(patRow.status).toBe('waiting');
    await request(patchySocket, 'practice:leave', {});
  });

  it('holds someone with repeated no-shows until they confirm over the socket, then matches them', async () => {
    const { cohortId } = await newCohort(t);
    const absent = await candidate(cohortId, 'Absent Alex');
    const ready = await candidate(cohortId, 'Ready Rae');
    await pastSessions(absent, cohortId, [
      { daysAgo: 1, missed: true },
      { daysAgo: 20, missed: true },
    ]);
    const absentSocket = await open(absent);
    const readySocket = await open(ready);

    const asked = nextEvent(absentSocket, 'practice:confirm_needed');
    const absentTicket = await join(absentSocket, cohortId, 'informational', 'mid');
    expect(absentTicket).toMatchObject({ confirmationNeeded: true, position: 1 });
    expect(await asked).toEqual({
      ticketId: absentTicket.ticketId,
      missedRecently: 2,
      message: expect.stringContaining('confirm you are ready'),
    });

    // A compatible peer arrives: nobody is paired while the ticket awaits confirmation.
    const readyTicket = await join(readySocket, cohortId, 'informational', 'mid');
    expect(readyTicket.position).toBe(1);
    expect(readyTicket.confirmationNeeded).toBeUndefined();
    await pairing().sweep();
    await queue().settled();
    expect(
      (
        await t.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM practice_tickets WHERE status = 'matched' AND cohort_id = $1`,
          [cohortId],
        )
      )[0].n,
    ).toBe(0);

    // A reconnecting tab is asked again.
    const again = await open(absent);
    expect((await nextEvent(again, 'practice:confirm_needed')).ticketId).toBe(absentTicket.ticketId);

    // Someone else's ticket cannot be confirmed.
    const foreign = await request(readySocket, 'practice:confirm', { ticketId: absentTicket.ticketId });
    expect(isSocketFailure(foreign) && foreign.error.code).toBe('NOT_FOUND');

    const absentMatched = nextEvent(absentSocket, 'practice:matched');
    const readyMatched = nextEvent(readySocket, 'practice:matched');
    const confirmed = await request(absentSocket, 'practice:confirm', { ticketId: absentTicket.ticketId });
    expect(confirmed).toEqual({ ticketId: absentTicket.ticketId, position: expect.any(Number) });
    const [forAbsent, forReady] = await Promise.all([absentMatched, readyMatched]);
    expect(forAbsent.sessionId).toBe(forReady.sessionId);
    expect(forAbsent.partner.userId).toBe(ready.user.id);
  });
});
