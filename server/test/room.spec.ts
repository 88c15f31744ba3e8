import { questionsThatFit, routes, type RoomActionType, type RoomView, type ScriptSnapshot } from '@rounds/shared';
import { PassThrough } from 'node:stream';
import { buildFixtureWorld, WORLD_TRACK, type Actor, type FixtureWorld } from './support/fixture-world.js';
import { startSecondInstance, type SecondInstance } from './support/second-instance.js';
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
const logLines: string[] = [];
const openSockets: TestSocket[] = [];

beforeAll(async () => {
  const log = new PassThrough();
  log.on('data', (chunk: Buffer) => logLines.push(...chunk.toString().split('\n').filter(Boolean)));
  t = await startTestApp({ LOG_LEVEL: 'warn' }, { logTo: log });
  world = await buildFixtureWorld(t);
}, 60_000);
afterEach(async () => {
  await closeSockets(openSockets.splice(0));
});
afterAll(() => t.close());

/** A connected socket of that person (on `baseUrl`: another instance), closed after the test. */
async function socketOf(actor: PersonActor, baseUrl = t.baseUrl): Promise<TestSocket> {
  const socket = await connectSocket(baseUrl, { cookie: world.client(actor).sessionCookie });
  openSockets.push(socket);
  return socket;
}

async function join(socket: TestSocket, sessionId: string): Promise<RoomView> {
  return expectResult(await request(socket, 'room:join', { sessionId }));
}

const act = (socket: TestSocket, view: Pick<RoomView, 'sessionId' | 'version'>, type: RoomActionType) =>
  request(socket, 'room:action', { sessionId: view.sessionId, version: view.version, action: { type } });

/** Runs the interviewer's actions one after another, each on the version the previous one answered. */
async function actInTurn(socket: TestSocket, from: RoomView, types: RoomActionType[]): Promise<RoomView> {
  let view = from;
  for (const type of types) view = expectResult(await act(socket, view, type));
  return view;
}

/** Every `room:state` a socket receives, as sent. */
function recordStates(socket: TestSocket): RoomView[] {
  const seen: RoomView[] = [];
  socket.on('room:state', (view) => seen.push(view));
  return seen;
}

async function snapshotOf(id: string): Promise<Omit<ScriptSnapshot, 'id' | 'takenAt'>> {
  const [row] = await t.sql<{ content: Omit<ScriptSnapshot, 'id' | 'takenAt'> }>(
    `SELECT content FROM script_snapshots WHERE id = $1`,
    [id],
  );
  return row.content;
}

async function sessionScript(sessionId: string) {
  const [row] = await t.sql<{ script_snapshot_id: string }>(`SELECT script_snapshot_id FROM sessions WHERE id = $1`, [sessionId]);
  return snapshotOf(row.script_snapshot_id);
}

/** What an action could change: the stored state, the log and the notes of a room. */
async function roomRows(sessionId: string) {
  return {
    state: await t.sql(`SELECT state, version, updated_at FROM room_states WHERE session_id = $1`, [sessionId]),
    log: await t.sql(`SELECT * FROM room_log WHERE session_id = $1 ORDER BY version`, [sessionId]),
    notes: await t.sql(`SELECT * FROM room_notes WHERE session_id = $1 ORDER BY author_id, question_id`, [sessionId]),
  };
}

/** A 30-minute peer session of cohort A's two candidates, scheduled by the coordinator (who is not in it). */
async function newPeerSessionA(): Promise<string> {
  const created = await world.client('coordinator').call(routes.scheduleSession, {
    params: { cohortId: world.cohortA },
    body: {
      kind: 'peer_swap',
      track: WORLD_TRACK,
      startsAt: world.nextStart(),
      durationMinutes: 30,
      participants: [
        { userId: world.people.candidate.user.id, role: 'candidate' },
        { userId: world.people.otherCandidate.user.id, role: 'candidate' },
      ],
    },
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** Moves a session so that it started `minutesAgo` and runs `minutes` in all. */
async function runningSince(sessionId: string, minutesAgo: number, minutes = 30): Promise<void> {
  await t.sql(
    `UPDATE sessions SET starts_at = now() - make_interval(mins => $2), ends_at = now() - make_interval(mins => $2) + make_interval(mins => $3) WHERE id = $1`,
    [sessionId, minutesAgo, minutes],
  );
}

describe('the live room over socket.io', () => {
  it('shows the candidate a question once the interviewer reveals it, and never the guide, the script or notes', async () => {
    const sessionId = await world.newSessionA();
    const script = await sessionScript(sessionId);
    const first = script.sections.flatMap((section) => section.questions)[0];
    const [mentor, candidate, coordinator] = await Promise.all([
      socketOf('mentor'),
      socketOf('candidate'),
      socketOf('coordinator'),
    ]);
    const candidateStates = recordStates(candidate);
    const observerStates = recordStates(coordinator);

    const lobby = await join(mentor, sessionId);
    expect(lobby).toMatchObject({ phase: 'lobby', version: 0, role: 'interviewer', question: null });
    expect(lobby.interviewerId).toBe(world.people.mentor.user.id);
    const candidateLobby = await join(candidate, sessionId);
    expect(candidateLobby).toMatchObject({ role: 'candidate', guide: null, script: null, notes: null });
    expect((await join(coordinator, sessionId)).role).toBe('observer');

    const secret = 'Private: watch for a vague answer on the CV gap';
    expectResult(await request(mentor, 'room:note', { sessionId, questionId: first.questionId, text: secret }));

    const started = expectResult(await act(mentor, lobby, 'start'));
    expect(started.question).toMatchObject({ id: first.questionId, index: 0, revealed: false, prompt: first.prompt });
    expect(started.guide?.intent).toBe(first.assesses);
    expect(started.notes?.[first.questionId]?.text).toBe(secret);
    const unrevealed = await nextEvent(candidate, 'room:state', (view) => view.version === 1);
    expect(unrevealed.question).toMatchObject({ id: first.questionId, revealed: false, prompt: null });

    const revealed = nextEvent(candidate, 'room:state', (view) => view.version === 2);
    const observed = nextEvent(coordinator, 'room:state', (view) => view.version === 2);
    expectResult(await act(mentor, started, 'reveal'));
    expect((await revealed).question).toMatchObject({ id: first.questionId, revealed: true, prompt: first.prompt });
    const observerView = await observed;
    expect(observerView.guide?.intent).toBe(first.assesses);
    expect(observerView.notes).toEqual({});

    // Nothing the candidate was sent carries the guide, the script or the interviewer's note.
    for (const view of [candidateLobby, ...candidateStates]) {
      expect(view).toMatchObject({ role: 'candidate', guide: null, script: null, notes: null });
      const raw = JSON.stringify(view);
      expect(raw).not.toContain(secret);
      expect(raw).not.toContain(first.assesses);
    }
    expect(candidateStates.map((view) => view.version)).toEqual([1, 2]);
    // Observers see the guide but never the interviewer's notes.
    for (const view of observerStates) expect(JSON.stringify(view)).not.toContain(secret);
  });

  it('refuses the wrong role, observers, outsiders, a stale version and malformed payloads, changing nothing', async () => {
    const sessionId = await world.newSessionA();
    const [mentor, candidate, coordinator, sameCohort, outsider, otherCoordinator] = await Promise.all([
      socketOf('mentor'),
      socketOf('candidate'),
      socketOf('coordinator'),
      socketOf('otherCandidate'),
      socketOf('candidateOfB'),
      socketOf('otherCoordinator'),
    ]);
    const lobby = await join(mentor, sessionId);
    await join(candidate, sessionId);
    await join(coordinator, sessionId);
    const candidateSawStart = nextEvent(candidate, 'room:state', (view) => view.version === 1);
    const started = expectResult(await act(mentor, lobby, 'start'));
    await candidateSawStart;
    const candidateStates = recordStates(candidate);
    const before = await roomRows(sessionId);
    const warnedBefore = logLines.length;

    expect(expectFailure(await act(candidate, started, 'reveal'), 'FORBIDDEN').message).toMatch(/only the interviewer/i);
    expectFailure(await act(candidate, started, 'end'), 'FORBIDDEN');
    expect(expectFailure(await act(coordinator, started, 'reveal'), 'FORBIDDEN').message).toMatch(/observers/i);
    // A stale observer is still an observer: FORBIDDEN rather than a view to retry with.
    expectFailure(await act(coordinator, lobby, 'reveal'), 'FORBIDDEN');
    // People of another room: this cohort's other candidate, and cohort B's people.
    for (const socket of [sameCohort, outsider, otherCoordinator]) {
      expectFailure(await request(socket, 'room:join', { sessionId }), 'FORBIDDEN');
      expectFailure(await act(socket, started, 'reveal'), 'FORBIDDEN');
      expectFailure(await request(socket, 'room:note', { sessionId, questionId: started.question!.id, text: 'x' }), 'FORBIDDEN');
    }
    expectFailure(await request(mentor, 'room:join', { sessionId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');

    const stale = expectFailure(await act(mentor, lobby, 'reveal'), 'CONFLICT');
    expect(stale.message).toMatch(/moved on/);
    expect(stale.view).toMatchObject({ sessionId, version: started.version, phase: 'interviewing', role: 'interviewer' });
    expect(stale.view?.guide).not.toBeNull();
    // An action that does not fit the room now is a CONFLICT with the view too.
    expect(expectFailure(await act(mentor, started, 'previous'), 'CONFLICT').view?.version).toBe(started.version);

    // Two more of the mentor's sockets share the malformed payloads: one socket's burst allowance is ten.
    const senders = [await socketOf('mentor'), await socketOf('mentor')];
    for (const [index, payload] of [
      undefined,
      'start',
      {},
      { sessionId },
      { sessionId, version: started.version },
      { sessionId, version: started.version, action: { type: 'explode' } },
      { sessionId, version: -1, action: { type: 'reveal' } },
      { sessionId, version: 1.5, action: { type: 'reveal' } },
      { sessionId, version: '1', action: { type: 'reveal' } },
      { sessionId: 'not-a-uuid', version: started.version, action: { type: 'reveal' } },
      { sessionId, version: started.version, action: { type: 'reveal', extra: true } },
      { sessionId, version: started.version, action: { type: 'reveal' }, by: world.people.mentor.user.id },
    ].entries()) {
      const failure = expectFailure(await request(senders[index % 2], 'room:action', payload), 'VALIDATION_FAILED');
      expect(failure.message).toMatch(/room:action payload is not valid/);
    }
    expectFailure(await request(mentor, 'room:join', { sessionId: 42 }), 'VALIDATION_FAILED');
    expectFailure(await request(mentor, 'room:note', { sessionId, questionId: started.question!.id }), 'VALIDATION_FAILED');
    expectFailure(
      await request(mentor, 'room:note', { sessionId, questionId: started.question!.id, text: 'x'.repeat(4001) }),
      'VALIDATION_FAILED',
    );
    // Text PostgreSQL cannot store is refused before the schema, as over HTTP (the schema itself would pass it).
    const unpaired = expectFailure(
      await request(mentor, 'room:note', { sessionId, questionId: started.question!.id, text: 'half \ud800 a pair' }),
      'VALIDATION_FAILED',
    );
    expect(unpaired.fields).toEqual([{ field: 'text', message: expect.stringMatching(/unpaired surrogate/) }]);

    expect(await roomRows(sessionId)).toEqual(before);
    // Nobody was sent a new view, and the mentor's own view still stands where it was.
    expect(candidateStates).toEqual([]);
    expect((await join(mentor, sessionId)).version).toBe(started.version);
    // Refused input is never logged above a warning (pino: 40 = warn).
    const serious = logLines.slice(warnedBefore).filter((line) => (JSON.parse(line) as { level: number }).level > 40);
    expect(serious).toEqual([]);
  });

  it("keeps the interviewer's notes, shows them after a reconnect, and refuses notes from anyone else", async () => {
    const sessionId = await world.newSessionA();
    const questions = (await sessionScript(sessionId)).sections.flatMap((section) => section.questions);
    const mentor = await socketOf('mentor');
    const candidate = await socketOf('candidate');
    await join(mentor, sessionId);
    await join(candidate, sessionId);

    const saved = expectResult(
      await request(mentor, 'room:note', {
        sessionId,
        questionId: questions[1].questionId,
        text: '  Strong, specific story.\nProbe the outcome.  ',
      }),
    );
    expect(Date.parse(saved.savedAt)).not.toBeNaN();
    expectResult(await request(mentor, 'room:note', { sessionId, questionId: questions[2].questionId, text: 'Will be cleared' }));
    expectResult(await request(mentor, 'room:note', { sessionId, questionId: questions[2].questionId, text: '' }));

    expectFailure(
      await request(candidate, 'room:note', { sessionId, questionId: questions[1].questionId, text: 'Mine' }),
      'FORBIDDEN',
    );
    expectFailure(
      await request(mentor, 'room:note', { sessionId, questionId: world.privateQuestionA, text: 'Not in this script' }),
      'NOT_FOUND',
    );

    await closeSockets([mentor]);
    const again = await socketOf('mentor');
    const view = await join(again, sessionId);
    expect(view.notes).toEqual({
      [questions[1].questionId]: { text: 'Strong, specific story.\nProbe the outcome.', savedAt: saved.savedAt },
    });
    expect((await join(candidate, sessionId)).notes).toBeNull();
  });

  it('survives a server restart: same version, phase, question and notes', async () => {
    const sessionId = await world.newSessionA();
    let instance: SecondInstance | undefined = await startSecondInstance(t);
    try {
      const mentor = await socketOf('mentor', instance.baseUrl);
      const started = await actInTurn(mentor, await join(mentor, sessionId), [
        'start',
        'reveal',
        'timer_start',
        'next',
        'reveal',
      ]);
      expectResult(
        await request(mentor, 'room:note', { sessionId, questionId: started.question!.id, text: 'Kept across restarts' }),
      );
      const gone = new Promise((resolve) => mentor.once('disconnect', resolve));
      await instance.close();
      instance = undefined;
      await gone;

      instance = await startSecondInstance(t);
      const view = await join(await socketOf('mentor', instance.baseUrl), sessionId);
      expect(view).toMatchObject({
        version: started.version,
        phase: started.phase,
        question: started.question,
        notes: { [started.question!.id]: { text: 'Kept across restarts' } },
      });
      // And the room goes on from there.
      expect(expectResult(await act(await socketOf('mentor', instance.baseUrl), view, 'timer_start')).version).toBe(
        started.version + 1,
      );
    } finally {
      await instance?.close();
    }
  });

  it('shares one room between two instances', async () => {
    const sessionId = await world.newSessionA();
    const instanceB = await startSecondInstance(t);
    try {
      const mentor = await socketOf('mentor');
      const candidate = await socketOf('candidate', instanceB.baseUrl);
      const coordinator = await socketOf('coordinator', instanceB.baseUrl);
      const started = await actInTurn(mentor, await join(mentor, sessionId), ['start']);
      await join(candidate, sessionId);
      await join(coordinator, sessionId);
      const onB = nextEvent(candidate, 'room:state', (view) => view.version === started.version + 1);
      const observedOnB = nextEvent(coordinator, 'room:state', (view) => view.version === started.version + 1);
      expectResult(await act(mentor, started, 'reveal'));
      expect((await onB).question).toMatchObject({ id: started.question!.id, revealed: true, prompt: started.question!.prompt });
      expect((await observedOnB).role).toBe('observer');
      // And the other way round: an action through B against the version A answered.
      const fromB = await socketOf('mentor', instanceB.baseUrl);
      const onA = nextEvent(mentor, 'room:state', (view) => view.version === started.version + 2);
      expectResult(await act(fromB, { sessionId, version: started.version + 1 }, 'timer_start'));
      expect((await onA).timer.answerStartedAt).not.toBeNull();
    } finally {
      await instanceB.close();
    }
  });

  it('opens a room once when its first two joins arrive together', async () => {
    const sessionId = await newPeerSessionA();
    const [{ n: snapshotsBefore }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM script_snapshots`);
    const [a, b] = await Promise.all([socketOf('candidate'), socketOf('otherCandidate')]);
    const [viewA, viewB] = await Promise.all([join(a, sessionId), join(b, sessionId)]);
    expect(viewA.interviewerId).toBe(viewB.interviewerId);
    expect(await t.sql(`SELECT session_id FROM room_states WHERE session_id = $1`, [sessionId])).toHaveLength(1);
    const [{ n: snapshotsAfter }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM script_snapshots`);
    expect(snapshotsAfter).toBe(snapshotsBefore + 1);
  });

  it('swaps a peer session at half time onto a second script, with the roles exchanged', async () => {
    const sessionId = await newPeerSessionA();
    const ids = [world.people.candidate.user.id, world.people.otherCandidate.user.id].sort();
    const byId = {
      [world.people.candidate.user.id]: 'candidate',
      [world.people.otherCandidate.user.id]: 'otherCandidate',
    } as const;
    const sockets = { candidate: await socketOf('candidate'), otherCandidate: await socketOf('otherCandidate') };
    const lobby = await join(sockets.candidate, sessionId);
    // The coordinator booked it and is not in it: the smaller user id interviews first.
    expect(lobby).toMatchObject({ kind: 'peer_swap', half: 1, interviewerId: ids[0], candidateId: ids[1] });
    const firstAsker = sockets[byId[ids[0]]];
    const firstAnswerer = sockets[byId[ids[1]]];
    // Both sockets in the room, whichever of them opened it (who asks first follows the ids, which are random).
    await join(firstAsker, sessionId);
    await join(firstAnswerer, sessionId);
    const started = await actInTurn(firstAsker, lobby, ['start', 'reveal']);

    const early = expectFailure(await act(firstAnswerer, started, 'swap'), 'CONFLICT');
    expect(early.message).toMatch(/from half time/);

    await runningSince(sessionId, 16);
    // Either person may propose the swap once it is half time, here the first half's candidate; only the
    // other's agreement swaps.
    const proposalSeen = nextEvent(firstAsker, 'room:state', (view) => view.swapProposedBy === ids[1]);
    const proposed = expectResult(await act(firstAnswerer, started, 'swap'));
    expect(proposed).toMatchObject({ phase: 'interviewing', half: 1, role: 'candidate', swapProposedBy: ids[1] });
    const seenByNewAsker = nextEvent(firstAnswerer, 'room:state', (view) => view.phase === 'swap');
    const swapped = expectResult(await act(firstAsker, await proposalSeen, 'swap'));
    expect(swapped).toMatchObject({ phase: 'swap', half: 2, role: 'candidate', interviewerId: ids[1], candidateId: ids[0] });
    expect(swapped.swapProposedBy).toBeNull();
    expect((await seenByNewAsker).version).toBe(swapped.version);
    expect(swapped).toMatchObject({ guide: null, script: null, notes: null });
    const asInterviewer = await join(firstAnswerer, sessionId);
    expect(asInterviewer).toMatchObject({ role: 'interviewer', version: swapped.version });

    const [room] = await t.sql<{ second_snapshot_id: string }>(
      `SELECT second_snapshot_id FROM room_states WHERE session_id = $1`,
      [sessionId],
    );
    const firstScript = await sessionScript(sessionId);
    const secondScript = await snapshotOf(room.second_snapshot_id);
    expect(secondScript.track).toBe(firstScript.track);
    expect(secondScript.persona).not.toBe(firstScript.persona);
    const secondQuestions = secondScript.sections.flatMap((section) => section.questions);
    expect(asInterviewer.question).toMatchObject({ id: secondQuestions[0].questionId, index: 0, revealed: false });
    expect(asInterviewer.script?.title).toBe(secondScript.title);
    // Each half of a 30-minute peer session gets 15 minutes: its script asks the questions that fit them.
    const fitting = questionsThatFit(secondQuestions, 15);
    expect(fitting.length).toBeLessThan(secondQuestions.length);
    expect(asInterviewer.question?.count).toBe(fitting.length);
    expect(asInterviewer.script?.questions.map((question) => question.id)).toEqual(fitting.map((q) => q.questionId));

    // Each keeps notes on the half they ask in: the first asker still on the first script, not the second.
    const firstQuestion = firstScript.sections[0].questions[0].questionId;
    expectResult(await request(firstAsker, 'room:note', { sessionId, questionId: firstQuestion, text: 'Asked well' }));
    expectResult(
      await request(firstAnswerer, 'room:note', { sessionId, questionId: secondQuestions[0].questionId, text: 'Mine now' }),
    );
    if (!firstScript.sections.some((s) => s.questions.some((q) => q.questionId === secondQuestions[1].questionId))) {
      expectFailure(
        await request(firstAsker, 'room:note', { sessionId, questionId: secondQuestions[1].questionId, text: 'Not my half' }),
        'NOT_FOUND',
      );
    }
    expectFailure(await act(firstAsker, swapped, 'swap'), 'CONFLICT');
  });

  it("stretches the answer timer's target by the candidate's extra time and shows both people that it applies", async () => {
    const candidateId = world.people.candidate.user.id;
    const granted = await world.client('coordinator').call(routes.updateAccommodations, {
      params: { userId: candidateId },
      body: { extraTime: 1.5, audioOnly: true, reducedMotion: false, timerAnnouncements: true },
    });
    expect(granted.status).toBe(200);
    try {
      const sessionId = await world.newSessionA();
      const [mentor, candidate] = await Promise.all([socketOf('mentor'), socketOf('candidate')]);
      const lobby = await join(mentor, sessionId);
      await join(candidate, sessionId);
      const candidateSaw = nextEvent(candidate, 'room:state', (view) => view.version === lobby.version + 3);
      const revealed = await actInTurn(mentor, lobby, ['start', 'reveal', 'timer_start']);
      const questionTarget = revealed.question!.targetSeconds;
      expect(revealed.timer.targetSeconds).toBe(Math.round(questionTarget * 1.5));
      // The interviewer is told what applies, and nothing about why.
      expect(revealed.accommodations).toEqual({
        [candidateId]: { extraTime: 1.5, audioOnly: true },
        [world.people.mentor.user.id]: { extraTime: 1, audioOnly: false },
      });
      const seen = await candidateSaw;
      expect(seen.role).toBe('candidate');
      expect(seen.timer.targetSeconds).toBe(Math.round(questionTarget * 1.5));

      // Back to no extra time: the next view carries the question's own target.
      await world.client('candidate').call(routes.updateAccommodations, {
        params: { userId: candidateId },
        body: { extraTime: 1, audioOnly: false, reducedMotion: false, timerAnnouncements: false },
      });
      const stopped = expectResult(await act(mentor, revealed, 'timer_stop'));
      expect(stopped.timer.targetSeconds).toBe(questionTarget);
      expect(stopped.accommodations[candidateId]).toEqual({ extraTime: 1, audioOnly: false });
    } finally {
      await world.client('coordinator').call(routes.updateAccommodations, {
        params: { userId: candidateId },
        body: { extraTime: 1, audioOnly: false, reducedMotion: false, timerAnnouncements: false },
      });
    }
  });
});

describe('GET /api/sessions/:sessionId/room', () => {
  it('is the lobby before anyone opens the room, and refuses people outside the session', async () => {
    const sessionId = await world.newSessionA();
    const summary = await world.client('candidate').call(routes.roomSummary, { params: { sessionId } });
    expect(summary.status).toBe(200);
    expect(summary.body).toEqual({ sessionId, phase: 'lobby', startedAt: null, endedAt: null, questions: [] });
    expect(await t.sql(`SELECT 1 FROM room_states WHERE session_id = $1`, [sessionId])).toEqual([]);
    expect((await world.client('otherCandidate').call(routes.roomSummary, { params: { sessionId } })).status).toBe(403);
  });

  it('reports the questions asked and the time on each from a known sequence of actions', async () => {
    const sessionId = await world.newSessionA();
    await runningSince(sessionId, 5);
    const questions = (await sessionScript(sessionId)).sections.flatMap((section) => section.questions);
    const mentor = await socketOf('mentor');
    const ended = await actInTurn(mentor, await join(mentor, sessionId), [
      'start', // v1
      'reveal', // v2: the first question is asked
      'timer_start', // v3
      'next', // v4: the second, not yet revealed
      'reveal', // v5: the second is asked
      'previous', // v6: back to the first
      'next', // v7: on to the second again
      'wrap_up', // v8
      'end', // v9
    ]);
    expect(ended.phase).toBe('ended');
    // The log's times, set to a known timeline (seconds after a fixed start).
    const base = Date.parse('2030-01-07T09:00:00.000Z');
    const offsets = [0, 10, 15, 70, 80, 200, 230, 260, 300];
    for (const [index, seconds] of offsets.entries()) {
      await t.sql(`UPDATE room_log SET at = $3 WHERE session_id = $1 AND version = $2`, [
        sessionId,
        index + 1,
        new Date(base + seconds * 1000),
      ]);
    }
    const logged = await t.sql<{ version: number; type: string; by: string }>(
      `SELECT version, type, "by" FROM room_log WHERE session_id = $1 ORDER BY version`,
      [sessionId],
    );
    expect(logged.map((row) => row.type)).toEqual([
      'start',
      'reveal',
      'timer_start',
      'next',
      'reveal',
      'previous',
      'next',
      'wrap_up',
      'end',
    ]);
    expect(new Set(logged.map((row) => row.by))).toEqual(new Set([world.people.mentor.user.id]));

    const summary = await world.client('coordinator').call(routes.roomSummary, { params: { sessionId } });
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({ sessionId, phase: 'ended' });
    expect(summary.body.startedAt).not.toBeNull();
    expect(summary.body.endedAt).not.toBeNull();
    const people = { interviewerId: world.people.mentor.user.id, candidateId: world.people.candidate.user.id, half: 1 };
    expect(summary.body.questions).toEqual([
      {
        ...people,
        questionId: questions[0].questionId,
        family: questions[0].family,
        prompt: questions[0].prompt,
        competencies: questions[0].competencies,
        askedAt: new Date(base + 10_000).toISOString(),
        seconds: 60 + 30,
      },
      {
        ...people,
        questionId: questions[1].questionId,
        family: questions[1].family,
        prompt: questions[1].prompt,
        competencies: questions[1].competencies,
        askedAt: new Date(base + 80_000).toISOString(),
        seconds: 120 + 30,
      },
    ]);
  });
});
