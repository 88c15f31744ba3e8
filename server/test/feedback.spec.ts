import { COMPETENCIES, FEEDBACK_CSV_COLUMNS, routes, type Competency, type RoomSummary } from '@rounds/shared';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FeedbackClock } from '../src/feedback/feedback-clock.js';
import { FEEDBACK_REMINDER_QUEUE, FeedbackRemindersService } from '../src/feedback/feedback-reminders.service.js';
import { RoomRecordSource, type RoomRecord } from '../src/feedback/room-record.js';
import type { ApiClient } from './support/api-client.js';
import { tableChecksums } from './support/database-checksum.js';
import { buildFixtureWorld, type FixtureWorld } from './support/fixture-world.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const HOUR = 3_600_000;

/**
 * The room feature is built on another branch: until it is connected, these tests give feedback what the room
 * would record (phase, questions asked with who asked whom, the interviewer's notes) through the same seam.
 */
class RecordedRooms implements RoomRecord {
  readonly summaries = new Map<string, RoomSummary>();
  readonly notes = new Map<string, Record<string, string>>();
  summary(sessionId: string) {
    return Promise.resolve(this.summaries.get(sessionId) ?? null);
  }
  notesOf(sessionId: string, authorId: string) {
    return Promise.resolve(this.notes.get(`${sessionId}:${authorId}`) ?? {});
  }
}

let t: TestApp;
let world: FixtureWorld;
const rooms = new RecordedRooms();

beforeAll(async () => {
  t = await startTestApp();
  world = await buildFixtureWorld(t);
  t.app.get(RoomRecordSource).connect(rooms);
}, 60_000);
afterAll(() => t.close());

const people = () => world.people;

/** A question asked in the room, with what it informs. */
function question(family: RoomSummary['questions'][number]['family'], competencies: Competency[], prompt = `About ${family}?`) {
  return { questionId: randomUUID(), family, prompt, competencies };
}

/** A cohort A session between the candidate and the mentor that ended `hoursAgo`, its room asking `asked`. */
async function endedSession(
  asked: ReturnType<typeof question>[],
  hoursAgo = 1,
  scoredCompetencies?: Competency[],
): Promise<string> {
  const sessionId = await world.newSessionA();
  const endedAt = Date.now() - hoursAgo * HOUR;
  await t.sql(`UPDATE sessions SET status = 'completed', starts_at = $2, ends_at = $3 WHERE id = $1`, [
    sessionId,
    new Date(endedAt - 30 * 60_000),
    new Date(endedAt),
  ]);
  rooms.summaries.set(sessionId, {
    sessionId,
    phase: 'ended',
    startedAt: new Date(endedAt - 30 * 60_000).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    ...(scoredCompetencies && { scoredCompetencies: [scoredCompetencies] }),
    questions: asked.map((q, i) => ({
      ...q,
      half: 1,
      interviewerId: people().mentor.user.id,
      candidateId: people().candidate.user.id,
      askedAt: new Date(endedAt - (25 - i) * 60_000).toISOString(),
      seconds: 120,
    })),
  });
  return sessionId;
}

const fullInterviewerForm = (scores: Partial<Record<Competency, number>>) => ({
  scores,
  strengths: 'Clear opening; owned the mistake without blaming the team.',
  improvements: ['Give the result in numbers', 'Shorten the situation to two sentences'],
  readiness: 'nearly',
});

function call<R extends keyof typeof routes>(client: ApiClient, route: R, params: Record<string, string>, body?: unknown) {
  return client.call<(typeof routes)[R]>(routes[route], { params, body });
}

describe('feedback forms', () => {
  it('before the session ended: 409 for reading and writing, and nothing is written', async () => {
    const before = await tableChecksums(t);
    const sessionId = world.sessionA;
    for (const response of [
      await call(people().mentor.client, 'saveFeedbackDraft', { sessionId, kind: 'interviewer' }, { strengths: 'x' }),
      await call(
        people().mentor.client,
        'submitFeedback',
        { sessionId, kind: 'interviewer' },
        fullInterviewerForm({ structure: 3 }),
      ),
      await call(people().candidate.client, 'sessionFeedback', { sessionId }),
    ]) {
      expect(response.status).toBe(409);
      expect(response.body.detail).toMatch(/once the session has ended/);
    }
    expect(await tableChecksums(t)).toEqual(before);
  });

  it('a first read gives an empty draft, the competencies to score, and the author alone their private room notes', async () => {
    const q1 = question('behavioural', ['structure', 'systems_thinking']);
    const q2 = question('opening', ['communication']);
    const sessionId = await endedSession([q1, q2]);
    rooms.notes.set(`${sessionId}:${people().mentor.user.id}`, {
      [q1.questionId]: 'STAR clear; fix was personal only',
      [randomUUID()]: 'other',
    });

    const draft = await call(people().mentor.client, 'getFeedbackForm', { sessionId, kind: 'interviewer' });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({
      id: null,
      status: 'draft',
      about: { userId: people().candidate.user.id, displayName: 'Candidate A' },
      content: {},
      privateNotes: { [q1.questionId]: 'STAR clear; fix was personal only' },
      requiredCompetencies: ['structure', 'systems_thinking', 'communication'],
    });
    expect(draft.body.questions.map((q) => q.questionId)).toEqual([q1.questionId, q2.questionId]);

    // Submitted without sharing it: the note is in no form anyone else reads.
    const form = fullInterviewerForm({ structure: 3, systems_thinking: 2, communication: 4 });
    const submitted = await call(people().mentor.client, 'submitFeedback', { sessionId, kind: 'interviewer' }, form);
    expect(submitted.status).toBe(200);
    expect(submitted.body.content.notes).toBeUndefined();
    for (const reader of [people().coordinator.client, people().candidate.client]) {
      expect(JSON.stringify((await call(reader, 'sessionFeedback', { sessionId })).body)).not.toContain('STAR clear');
    }
  });

  it('refuses bad scores, missing ones, other kinds’ fields and writing about someone else, writing nothing', async () => {
    const sessionId = await endedSession([question('behavioural', ['structure', 'systems_thinking'])]);
    const mentor = people().mentor.client;
    const params = { sessionId, kind: 'interviewer' };
    const before = await tableChecksums(t);
    const cases: [unknown, number, RegExp][] = [
      [{ scores: { structure: 0 } }, 400, /Structure score must be a whole number from 1 to 5/],
      [{ scores: { structure: 6 } }, 400, /Structure score must be a whole number from 1 to 5/],
      [{ scores: { structure: 2.5 } }, 400, /no fractions/],
      [{ scores: { charisma: 4 } }, 400, /Charisma score is not a competency/],
      [{ reflection: 'mine' }, 400, /Reflection is not part of the interviewer form/],
      [{ about: people().otherCandidate.user.id }, 403, /a person you interviewed/],
    ];
    for (const [body, status, detail] of cases) {
      const response = await call(mentor, 'saveFeedbackDraft', params, body);
      expect({ body, status: response.status }).toEqual({ body, status });
      expect(response.body.detail).toMatch(detail);
    }
    const missing = await call(mentor, 'submitFeedback', params, fullInterviewerForm({ structure: 3 }));
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ field: 'scores.systems_thinking', message: expect.stringMatching(/is required/) }]);
    // The candidate interviewed nobody here: no interviewer form of theirs.
    expect((await call(people().candidate.client, 'saveFeedbackDraft', params, { strengths: 'x' })).status).toBe(403);
    // A coordinator reads feedback but does not write it.
    expect((await call(people().coordinator.client, 'saveFeedbackDraft', params, { strengths: 'x' })).status).toBe(403);
    expect(await tableChecksums(t)).toEqual(before);
  });

  it('asks only the competencies the script names, and takes "not observed" as an answer the overall skips', async () => {
    const asked = [
      question('behavioural', ['structure', 'specificity', 'systems_thinking']),
      question('opening', ['communication']),
    ];
    const sessionId = await endedSession(asked, 1, ['structure', 'communication', 'professionalism']);
    const { mentor } = people();
    const draft = await call(mentor.client, 'getFeedbackForm', { sessionId, kind: 'interviewer' });
    expect(draft.body.requiredCompetencies).toEqual(['structure', 'communication', 'professionalism']);

    const before = await tableChecksums(t);
    const both = await call(
      mentor.client,
      'saveFeedbackDraft',
      { sessionId, kind: 'interviewer' },
      { scores: { professionalism: 3 }, notObserved: ['professionalism'] },
    );
    expect(both.status).toBe(400);
    expect(both.body.detail).toMatch(/Professionalism \(marked not observed\) is also scored 3/);
    const missing = await call(
      mentor.client,
      'submitFeedback',
      { sessionId, kind: 'interviewer' },
      fullInterviewerForm({ structure: 4, communication: 2 }),
    );
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([
      { field: 'scores.professionalism', message: expect.stringMatching(/or mark it not observed/) },
    ]);
    expect(await tableChecksums(t)).toEqual(before);

    const submitted = await call(
      mentor.client,
      'submitFeedback',
      { sessionId, kind: 'interviewer' },
      { ...fullInterviewerForm({ structure: 4, communication: 2 }), notObserved: ['professionalism'] },
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body.content.notObserved).toEqual(['professionalism']);
    // structure is informed by one asked question, communication by one: (4 + 2) / 2.
    expect(submitted.body.overall).toBe(3);
  });

  it('submitting again with the same content answers the same form; other content or an edit is a 409', async () => {
    const sessionId = await endedSession([question('motivation', ['motivation_fit'])]);
    const mentor = people().mentor.client;
    const params = { sessionId, kind: 'interviewer' };
    expect((await call(mentor, 'saveFeedbackDraft', params, { strengths: 'Draft' })).body.status).toBe('draft');
    const form = fullInterviewerForm({ motivation_fit: 4, professionalism: 5 });
    const first = await call(mentor, 'submitFeedback', params, form);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'submitted',
      content: form,
      weights: { motivation_fit: 1, professionalism: 1 },
      overall: 4.5,
    });
    const again = await call(mentor, 'submitFeedback', params, { ...form, strengths: `  ${form.strengths} ` });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);

    const before = await tableChecksums(t);
    const changed = await call(mentor, 'submitFeedback', params, { ...form, readiness: 'ready' });
    expect(changed.status).toBe(409);
    expect(changed.body.detail).toMatch(/cannot change/);
    expect((await call(mentor, 'saveFeedbackDraft', params, { strengths: 'Edited' })).status).toBe(409);
    expect(await tableChecksums(t)).toEqual(before);
  });
});

describe('release', () => {
  it('reaches the candidate once their self form is in, and not before', async () => {
    const sessionId = await endedSession([question('closing', ['candidate_questions'])]);
    await call(
      people().mentor.client,
      'submitFeedback',
      { sessionId, kind: 'interviewer' },
      fullInterviewerForm({ candidate_questions: 2 }),
    );
    const waiting = await call(people().candidate.client, 'sessionFeedback', { sessionId });
    expect(waiting.body.received).toEqual([]);
    expect(waiting.body.awaiting).toEqual([
      { author: { userId: people().mentor.user.id, displayName: 'Mentor A' }, state: 'submitted' },
    ]);
    expect(waiting.body.owed.map((o) => o.kind).sort()).toEqual(['rating', 'self']);

    const self = await call(
      people().candidate.client,
      'submitFeedback',
      { sessionId, kind: 'self' },
      {
        scores: { candidate_questions: 3 },
        reflection: 'My questions were generic.',
      },
    );
    expect(self.status).toBe(200);
    const after = await call(people().candidate.client, 'sessionFeedback', { sessionId });
    expect(after.body.received).toHaveLength(1);
    expect(after.body.received[0]).toMatchObject({ kind: 'interviewer', content: { scores: { candidate_questions: 2 } } });
    expect(after.body.awaiting).toEqual([]);
    expect(after.body.all).toBeNull();

    const coordinatorView = await call(people().coordinator.client, 'sessionFeedback', { sessionId });
    expect(coordinatorView.body.all!.map((f) => f.kind).sort()).toEqual(['interviewer', 'self']);
  });

  it('without a self form, reaches the candidate 48 hours after the session (injected clock)', async () => {
    const sessionId = await endedSession([question('knowledge', ['domain_knowledge'])]);
    await call(
      people().mentor.client,
      'submitFeedback',
      { sessionId, kind: 'interviewer' },
      fullInterviewerForm({ domain_knowledge: 4 }),
    );
    const clock = t.app.get(FeedbackClock);
    clock.advance(46 * HOUR);
    expect((await call(people().candidate.client, 'sessionFeedback', { sessionId })).body.received).toEqual([]);
    clock.advance(2 * HOUR);
    const released = await call(people().candidate.client, 'sessionFeedback', { sessionId });
    expect(released.body.received.map((f) => f.content.scores)).toEqual([{ domain_knowledge: 4 }]);
  });
});

describe('follow-up', () => {
  it('drafts a thank-you naming the interviewer and the topics covered, and asks for feedback once a day', async () => {
    const asked = [
      question('behavioural', ['structure'], 'Tell me about a mistake and what changed.'),
      question('closing', ['candidate_questions']),
    ];
    const sessionId = await endedSession(asked);
    const note = await call(people().candidate.client, 'thankYouDraft', { sessionId });
    expect(note.status).toBe(200);
    expect(note.body.notes).toHaveLength(1);
    expect(note.body.notes[0].to.displayName).toBe('Mentor A');
    expect(note.body.notes[0].body).toMatch(/^Dear Mentor A,/);
    expect(note.body.notes[0].body).toContain('Working through the stories from my own experience and my own questions with you');
    // No bank labels in prose, and no single question singled out for praise.
    expect(note.body.notes[0].body).not.toMatch(/\(star\)|healthcare it|your question "/i);
    expect(note.body.followUpAdvice).toMatch(/in person/);
    expect(note.body.notes[0].topics.map((topic) => topic.family)).toEqual(['behavioural', 'closing']);

    const asking = await call(people().candidate.client, 'requestFeedback', { sessionId }, {});
    expect(asking.status).toBe(202);
    const mail = await t.sql<{ to_address: string; subject: string }>(
      `SELECT to_address, subject FROM outbox_messages WHERE kind = 'feedback-request' AND metadata->>'sessionId' = $1`,
      [sessionId],
    );
    expect(mail).toEqual([{ to_address: people().mentor.email, subject: 'Candidate A would value your feedback' }]);
    const again = await call(people().candidate.client, 'requestFeedback', { sessionId }, {});
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(23 * 3600);

    await call(
      people().mentor.client,
      'submitFeedback',
      { sessionId, kind: 'interviewer' },
      fullInterviewerForm({ structure: 3, candidate_questions: 3 }),
    );
    t.app.get(FeedbackClock).advance(25 * HOUR);
    expect((await call(people().candidate.client, 'requestFeedback', { sessionId }, {})).status).toBe(409);
  });

  it('thanks an informational host for their time and advice, and follows each track’s advice on written notes', async () => {
    const informational = await endedSession([
      question('informational', ['candidate_questions'], 'What does your day look like?'),
    ]);
    await t.sql(`UPDATE sessions SET track = 'informational' WHERE id = $1`, [informational]);
    const host = (await call(people().candidate.client, 'thankYouDraft', { sessionId: informational })).body;
    expect(host.notes[0].subject).toBe('Thank you for your time and advice');
    expect(host.notes[0].body).toContain('Thank you for your time and advice today.');
    expect(host.notes[0].body).not.toMatch(/interview(ing)? me/);
    expect(host.followUpAdvice).toMatch(/within a day/);

    const residency = await endedSession([question('motivation', ['motivation_fit'])]);
    await t.sql(`UPDATE sessions SET track = 'residency_fellowship' WHERE id = $1`, [residency]);
    const advice = (await call(people().candidate.client, 'thankYouDraft', { sessionId: residency })).body.followUpAdvice;
    expect(advice).toMatch(/follow the program’s instructions/);
    expect(advice).not.toMatch(/within a day/);
  });

  it('sends the edited thank-you note once to the interviewer, within the day after the session only', async () => {
    const clock = t.app.get(FeedbackClock);
    // Earlier tests moved the feedback clock forward: end the session an hour before the clock's now.
    const sessionId = await endedSession([question('opening', ['communication'])], 1 - (clock.now() - Date.now()) / HOUR);
    const { candidate, mentor, otherCandidate, coordinator } = people();
    const note = { to: mentor.user.id, body: 'Dear Mentor A,\n\nThank you: the opening question was the one I needed.' };
    const thankYouMail = () =>
      t.sql<{ to_address: string; subject: string; text_body: string }>(
        `SELECT to_address, subject, text_body FROM outbox_messages WHERE kind = 'thank-you' AND metadata->>'sessionId' = $1`,
        [sessionId],
      );

    const before = await tableChecksums(t);
    const refused: [ApiClient, unknown, number, RegExp][] = [
      [mentor.client, note, 403, /Nobody interviewed you/],
      [coordinator.client, note, 403, /Only the people in this session/],
      [candidate.client, { ...note, to: otherCandidate.user.id }, 403, /a person who interviewed you/],
      [candidate.client, { ...note, body: '   ' }, 400, /Body cannot be empty/],
      [candidate.client, { ...note, cc: 'someone@example.org' }, 400, /Cc is not a field/],
    ];
    for (const [client, body, status, detail] of refused) {
      const response = await call(client, 'sendThankYou', { sessionId }, body);
      expect({ body, status: response.status }).toEqual({ body, status });
      expect(response.body.detail).toMatch(detail);
    }
    const outsider = await call(otherCandidate.client, 'sendThankYou', { sessionId }, note);
    expect([403, 404]).toContain(outsider.status);
    const early = await call(candidate.client, 'sendThankYou', { sessionId: world.sessionA }, note);
    expect(early.status).toBe(409);
    expect(await tableChecksums(t)).toEqual(before);

    const sent = await call(candidate.client, 'sendThankYou', { sessionId }, note);
    expect(sent.status).toBe(202);
    expect(sent.body.to).toEqual({ userId: mentor.user.id, displayName: 'Mentor A' });
    expect(await thankYouMail()).toEqual([
      {
        to_address: mentor.email,
        subject: 'Thank you for the practice interview',
        text_body: expect.stringContaining('the opening question was the one I needed'),
      },
    ]);
    const again = await call(candidate.client, 'sendThankYou', { sessionId }, { ...note, body: 'Thanks again!' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already sent Mentor A a thank-you note/);
    expect(await thankYouMail()).toHaveLength(1);

    // A day after the session: too late to send through Rounds, with a message that says what to do instead.
    const late = await endedSession([question('closing', ['candidate_questions'])], 1 - (clock.now() - Date.now()) / HOUR);
    const draft = await call(candidate.client, 'thankYouDraft', { sessionId: late });
    clock.advance(Date.parse(draft.body.sendBy) - clock.now() + 60_000);
    const tooLate = await call(candidate.client, 'sendThankYou', { sessionId: late }, note);
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.detail).toMatch(/within a day of the session.*copy the note and send it yourself/);
  });

  it('reminds a mentor who still owes feedback once, through the outbox, from a job queued at the end', async () => {
    const sessionId = await endedSession([question('opening', ['communication'])], 25);
    const reminders = t.app.get(FeedbackRemindersService);
    await t.app.get(DataSource).transaction((manager) => reminders.schedule(manager, sessionId, Date.now() - 25 * HOUR));
    const jobs = await t.sql(`SELECT 1 FROM pgboss.job WHERE name = $1 AND data->>'sessionId' = $2`, [
      FEEDBACK_REMINDER_QUEUE,
      sessionId,
    ]);
    expect(jobs).toHaveLength(1);
    expect(await reminders.handle({ sessionId })).toBe(1);
    expect(await reminders.handle({ sessionId })).toBe(0);
    const mail = await t.sql<{ to_address: string }>(
      `SELECT to_address FROM outbox_messages WHERE kind = 'feedback-reminder' AND metadata->>'sessionId' = $1`,
      [sessionId],
    );
    expect(mail).toEqual([{ to_address: people().mentor.email }]);
  });
});

describe('progress, overview and export', () => {
  it('computes progress, the overview and the CSV from known forms', async () => {
    // A fresh cohort-A world is shared with earlier tests, so figures are read for two new sessions only.
    const s1 = await endedSession([question('behavioural', ['structure', 'systems_thinking'])], 3);
    const s2 = await endedSession([question('behavioural', ['structure', 'systems_thinking'], 'A conflict in a team?')], 2);
    const { mentor, candidate, coordinator } = people();
    await call(
      mentor.client,
      'submitFeedback',
      { sessionId: s1, kind: 'interviewer' },
      fullInterviewerForm({ structure: 2, systems_thinking: 1 }),
    );
    await call(
      candidate.client,
      'submitFeedback',
      { sessionId: s1, kind: 'self' },
      { scores: { structure: 4, systems_thinking: 3 }, reflection: 'Went fine, "I think", really' },
    );
    await call(
      mentor.client,
      'submitFeedback',
      { sessionId: s2, kind: 'interviewer' },
      fullInterviewerForm({ structure: 4, systems_thinking: 2 }),
    );
    await call(
      candidate.client,
      'submitFeedback',
      { sessionId: s2, kind: 'self' },
      { scores: { structure: 4, systems_thinking: 2 }, reflection: '=1+1 better' },
    );
    await call(
      candidate.client,
      'submitFeedback',
      { sessionId: s2, kind: 'rating' },
      { helpfulness: 5, comment: 'Kind, precise' },
    );

    const progress = await candidate.client.call(routes.myProgress);
    expect(progress.status).toBe(200);
    const pointsOf = (competency: Competency) =>
      progress.body.competencies
        .find((c) => c.competency === competency)!
        .points.filter((p) => p.sessionId === s1 || p.sessionId === s2);
    expect(pointsOf('structure').map(({ sessionId, interviewer, self }) => ({ sessionId, interviewer, self }))).toEqual([
      { sessionId: s1, interviewer: 2, self: 4 },
      { sessionId: s2, interviewer: 4, self: 4 },
    ]);
    expect(pointsOf('systems_thinking').map((p) => [p.interviewer, p.self])).toEqual([
      [1, 3],
      [2, 2],
    ]);
    expect(progress.body.families.find((f) => f.family === 'behavioural')!.questions).toBeGreaterThanOrEqual(2);
    // The weakest competency over all released interviewer scores of this candidate is systems thinking.
    const focus = progress.body.nextFocus[0];
    expect(focus.competency).toBe('systems_thinking');
    expect(focus.questions.length).toBeGreaterThan(0);
    expect(focus.suggestion).toBe('book_persona');
    expect(focus.persona).not.toBeNull();

    const overview = await coordinator.client.call(routes.feedbackOverview, { params: { cohortId: world.cohortA } });
    expect(overview.status).toBe(200);
    const heat = overview.body.heatMap.find((row) => row.candidate.userId === candidate.user.id)!;
    expect(heat.scores.structure!.count).toBeGreaterThanOrEqual(2);
    const mentorRow = overview.body.calibration.mentors.find((row) => row.mentor.userId === mentor.user.id)!;
    expect(mentorRow.forms).toBeGreaterThanOrEqual(2);
    expect(mentorRow.difference).toBe(0); // the only interviewer of cohort A
    // Mentors' and peers' scores apart: these sessions are mentor interviews, so the peer side is empty; the calibration
    // compares mentors with mentors only, and its totals add up.
    expect(heat.bySource.mentor.structure).toEqual(heat.scores.structure);
    expect(heat.bySource.peer.structure).toBeUndefined();
    const { cohort, mentorBaseline, peers, mentors } = overview.body.calibration;
    expect(mentorBaseline.forms).toBe(mentors.reduce((sum, row) => sum + row.forms, 0));
    expect(cohort.forms).toBe(mentorBaseline.forms + peers.forms);
    expect(overview.body.completion.outstanding).toContainEqual(
      expect.objectContaining({
        sessionId: s1,
        kind: 'rating',
        author: { userId: candidate.user.id, displayName: 'Candidate A' },
      }),
    );
    expect(overview.body.completion.outstanding.some((o) => o.sessionId === s2)).toBe(false);

    const csv = await coordinator.client.call(routes.feedbackCsv, { params: { cohortId: world.cohortA } });
    expect(csv.status).toBe(200);
    expect(csv.contentType).toMatch(/^text\/csv/);
    const text = csv.body as unknown as string;
    expect(text.endsWith('\r\n')).toBe(true);
    const records: string[][] = parse(text, { relax_column_count: false });
    expect(records[0]).toEqual([...FEEDBACK_CSV_COLUMNS]);
    const rows = records.slice(1).map((cells) => Object.fromEntries(FEEDBACK_CSV_COLUMNS.map((c, i) => [c, cells[i]])));
    const submittedCount = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM feedback_forms f JOIN sessions s ON s.id = f.session_id WHERE s.cohort_id = $1 AND f.status = 'submitted'`,
      [world.cohortA],
    );
    expect(rows).toHaveLength(submittedCount[0].n);
    const s1Interviewer = rows.find((r) => r.session_id === s1 && r.form_kind === 'interviewer')!;
    expect(s1Interviewer).toMatchObject({
      author_name: 'Mentor A',
      about_name: 'Candidate A',
      structure: '2',
      systems_thinking: '1',
      communication: '',
      readiness: 'nearly',
      helpfulness: '',
      improvements: 'Give the result in numbers\nShorten the situation to two sentences',
    });
    for (const competency of COMPETENCIES) expect(s1Interviewer).toHaveProperty(competency);
    expect(rows.find((r) => r.session_id === s1 && r.form_kind === 'self')!.reflection).toBe('Went fine, "I think", really');
    expect(rows.find((r) => r.session_id === s2 && r.form_kind === 'self')!.reflection).toBe("'=1+1 better");
    expect(rows.find((r) => r.session_id === s2 && r.form_kind === 'rating')).toMatchObject({
      helpfulness: '5',
      comment: 'Kind, precise',
    });
  });
});

/** (participant, other candidate, mentor not in the session, coordinator of the cohort, of another, anonymous) × (write, read, progress, export). */
describe('authorization matrix for feedback', () => {
  const ACTORS = ['participant', 'otherCandidate', 'outsideMentor', 'coordinator', 'otherCoordinator', 'anonymous'] as const;
  type Who = (typeof ACTORS)[number];
  const expected: Record<'write' | 'read' | 'progress' | 'export', Record<Who, number | number[]>> = {
    write: {
      participant: 200,
      otherCandidate: [403, 404],
      outsideMentor: [403, 404],
      coordinator: 403,
      otherCoordinator: [403, 404],
      anonymous: 401,
    },
    read: {
      participant: 200,
      otherCandidate: [403, 404],
      outsideMentor: [403, 404],
      coordinator: 200,
      otherCoordinator: [403, 404],
      anonymous: 401,
    },
    progress: {
      participant: 200,
      otherCandidate: 200,
      outsideMentor: 200,
      coordinator: 200,
      otherCoordinator: 200,
      anonymous: 401,
    },
    export: {
      participant: 403,
      otherCandidate: 403,
      outsideMentor: 403,
      coordinator: 200,
      otherCoordinator: 403,
      anonymous: 401,
    },
  };

  it('answers every cell as expected, and a refused write changes nothing', async () => {
    const outsideMentor = world.mentorOfB;
    const clients: Record<Who, ApiClient> = {
      participant: people().candidate.client,
      otherCandidate: people().otherCandidate.client,
      outsideMentor: outsideMentor.client,
      coordinator: people().coordinator.client,
      otherCoordinator: people().otherCoordinator.client,
      anonymous: t.client(),
    };
    const actual: Record<string, Record<Who, number | number[]>> = {};
    for (const action of Object.keys(expected) as (keyof typeof expected)[]) {
      actual[action] = {} as Record<Who, number>;
      for (const who of ACTORS) {
        const sessionId = await endedSession([question('motivation', ['motivation_fit'])]);
        const before = await tableChecksums(t);
        const client = clients[who];
        const response =
          action === 'write'
            ? await call(client, 'saveFeedbackDraft', { sessionId, kind: 'self' }, { scores: { motivation_fit: 3 } })
            : action === 'read'
              ? await call(client, 'sessionFeedback', { sessionId })
              : action === 'progress'
                ? await client.call(routes.myProgress)
                : await client.call(routes.feedbackCsv, { params: { cohortId: world.cohortA } });
        const want = expected[action][who];
        actual[action][who] = (Array.isArray(want) ? want.includes(response.status) : want === response.status)
          ? want
          : response.status;
        if (response.status >= 400) {
          expect(response.contentType).toContain('application/problem+json');
          // Refusals leak nothing of the feedback: no scores, no names of the forms' authors.
          expect(JSON.stringify(response.body)).not.toMatch(/motivation_fit|Mentor A/);
          expect(await tableChecksums(t)).toEqual(before);
        }
      }
    }
    expect(actual).toEqual(expected);
  }, 60_000);
});
