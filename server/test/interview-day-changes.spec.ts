import { routes, type CreateInterviewDayRequest, type InterviewDay, type UpdateInterviewDayRequest } from '@rounds/shared';
import { randomUUID } from 'node:crypto';
import { tableChecksums } from './support/database-checksum.js';
import { addToCohort, newCohort, newUser, type TestPerson } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let t: TestApp;
let coordinator: TestPerson;
let cohortId: string;
let builtInScript: string;

beforeAll(async () => {
  t = await startTestApp();
  ({ coordinator, cohortId } = await newCohort(t, 'Running days'));
  const [row] = await t.sql<{ id: string }>(
    `SELECT id FROM scripts WHERE built_in_key = 'residency_fellowship.program_director'`,
  );
  builtInScript = row.id;
}, 60_000);
afterAll(() => t.close());

async function member(role: 'candidate' | 'mentor', displayName: string, timeZone = 'UTC'): Promise<TestPerson> {
  const person = await newUser(t, { roles: [role], displayName, timeZone });
  await addToCohort(t, cohortId, person, role);
  return person;
}

const dateAhead = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** 3 candidates, 2 stations (10 and 8 minutes), 09:00 UTC: rotations at 09:00, 09:12 and 09:24. */
async function newDay(daysAhead: number): Promise<{ day: InterviewDay; candidates: TestPerson[]; mentors: TestPerson[] }> {
  const mentors = [await member('mentor', `Dr Ada ${daysAhead}`), await member('mentor', `Dr Ben ${daysAhead}`, 'Europe/London')];
  const candidates = [
    await member('candidate', `Cara ${daysAhead}`, 'Asia/Kolkata'),
    await member('candidate', `Dev ${daysAhead}`),
    await member('candidate', `Eli ${daysAhead}`),
  ];
  const body: CreateInterviewDayRequest = {
    title: 'MMI day',
    date: dateAhead(daysAhead),
    startTime: '09:00',
    timeZone: 'UTC',
    stations: [
      { name: 'Ethics', persona: 'program_director', scriptId: builtInScript, minutes: 10, interviewerId: mentors[0].user.id },
      { name: 'Teamwork', persona: 'faculty', scriptId: builtInScript, minutes: 8, interviewerId: mentors[1].user.id },
    ],
    candidateIds: candidates.map((c) => c.user.id),
  };
  const created = await coordinator.client.call(routes.createInterviewDay, { params: { cohortId }, body });
  expect(created.status).toBe(201);
  return { day: created.body, candidates, mentors };
}

const update = (dayId: string, body: unknown, client = coordinator.client) =>
  client.call(routes.updateInterviewDay, { params: { dayId }, body: body as UpdateInterviewDayRequest });
const cancel = (dayId: string, body: unknown, client = coordinator.client) =>
  client.call(routes.cancelInterviewDay, { params: { dayId }, body: body as { reason: string } });

const sessionIdsOf = (day: InterviewDay) => day.rotations.flatMap((r) => r.visits.map((v) => v.sessionId));

/** The messages of these kinds about one session, oldest first, with their invite's UID, SEQUENCE and METHOD. */
async function mailsAbout(sessionId: string, kind: string) {
  const rows = await t.sql<{ to_address: string; subject: string; text_body: string; ics: string }>(
    `SELECT to_address, subject, text_body, ics FROM outbox_messages WHERE kind = $1 AND metadata->>'sessionId' = $2 ORDER BY created_at`,
    [kind, sessionId],
  );
  return rows.map((row) => ({
    ...row,
    uid: /^UID:(.*)\r?$/m.exec(row.ics)![1].trim(),
    sequence: Number(/^SEQUENCE:(\d+)/m.exec(row.ics)![1]),
    method: /^METHOD:(\w+)/m.exec(row.ics)![1],
  }));
}

describe('renaming a built day', () => {
  it('renames the day and a station everywhere its sessions appear, updating each invite in place', async () => {
    const { day, candidates } = await newDay(5);
    const ethics = day.stations[0];
    const renamed = await update(day.id, {
      title: 'Residency MMI day',
      stations: [{ stationId: ethics.id, name: 'Station 1: Ethics' }],
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('Residency MMI day');
    expect(renamed.body.stations.map((s) => s.name)).toEqual(['Station 1: Ethics', 'Teamwork']);
    expect(renamed.body.startsAt).toBe(day.startsAt);

    // The session page and the dashboards' lists name the day and the station.
    const caraVisit = day.rotations[0].visits.find((v) => v.candidateId === candidates[0].user.id)!;
    const page = await candidates[0].client.call(routes.getSession, { params: { sessionId: caraVisit.sessionId } });
    expect(page.body.interviewDay).toEqual({
      dayId: day.id,
      title: 'Residency MMI day',
      stationName: 'Station 1: Ethics',
      rotation: 0,
      rotationCount: 3,
    });
    const listed = await candidates[0].client.call(routes.listSessions, { query: { scope: 'upcoming' } });
    expect(
      listed.body
        .filter((s) => s.interviewDay?.dayId === day.id)
        .map((s) => s.interviewDay!.stationName)
        .sort(),
    ).toEqual(['Station 1: Ethics', 'Teamwork']);

    // Each invite is the same calendar entry (UID), one step later (SEQUENCE), under the new name.
    const [booked] = await mailsAbout(caraVisit.sessionId, 'session-booked');
    const updated = await mailsAbout(caraVisit.sessionId, 'session-updated');
    expect(updated).toHaveLength(2); // Cara and Dr Ada
    for (const mail of updated) {
      expect(mail).toMatchObject({ uid: booked.uid, sequence: booked.sequence + 1, method: 'REQUEST' });
      expect(mail.subject).toMatch(/^Residency MMI day, Station 1: Ethics was renamed: /);
      expect(mail.ics).toMatch(/SUMMARY:Residency MMI day\\, Station 1: Ethics with/);
    }
    const ics = await candidates[0].client.call(routes.sessionCalendar, { params: { sessionId: caraVisit.sessionId } });
    expect(ics.body as string).toMatch(/SUMMARY:Residency MMI day\\, Station 1: Ethics with Dr Ada 5/);
    expect(ics.body as string).toContain(`SEQUENCE:${booked.sequence + 1}`);
  });
});

describe('moving a built day', () => {
  it('moves every session to the new clock in one go, with a notice and an updated invite each', async () => {
    const { day, candidates } = await newDay(6);
    const ids = sessionIdsOf(day);
    const sequences = new Map((await mailsAbout(ids[0], 'session-booked')).map((m) => [m.to_address, m.sequence]));
    // A rotation later (12 minutes): each session moves onto the time the next rotation holds until it moves too.
    const moved = await update(day.id, { startTime: '09:12', gapMinutes: 5, reason: 'The building opens later.' });
    expect(moved.status).toBe(200);
    const start = Date.parse(`${day.date}T09:12:00Z`);
    expect(moved.body).toMatchObject({ startTime: '09:12', gapMinutes: 5, startsAt: new Date(start).toISOString() });
    // Rotations of 10 minutes with 5-minute gaps: 09:12, 09:27, 09:42; the 8-minute station ends early.
    expect(moved.body.rotations.map((r) => r.startsAt)).toEqual(
      [0, 15, 30].map((m) => new Date(start + m * MINUTE).toISOString()),
    );
    expect(Date.parse(moved.body.endsAt) - start).toBe(40 * MINUTE);
    for (const rotation of moved.body.rotations) {
      for (const visit of rotation.visits) {
        expect(visit.startsAt).toBe(rotation.startsAt);
        const minutes = visit.stationId === day.stations[0].id ? 10 : 8;
        expect(Date.parse(visit.endsAt) - Date.parse(visit.startsAt)).toBe(minutes * MINUTE);
        expect(visit.status).toBe('scheduled');
      }
    }
    expect(sessionIdsOf(moved.body).sort()).toEqual([...ids].sort());

    const mails = await mailsAbout(ids[0], 'session-rescheduled');
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail.method).toBe('REQUEST');
      expect(mail.sequence).toBe(sequences.get(mail.to_address)! + 1);
      expect(mail.text_body).toContain('Reason from');
      expect(mail.text_body).toContain('The building opens later.');
      expect(mail.text_body).toMatch(/Your whole day, "MMI day"/);
    }
    // Cara's itinerary, in her zone (09:12 UTC = 14:42 in Kolkata).
    const asCara = await candidates[0].client.call(routes.getInterviewDay, { params: { dayId: day.id } });
    expect(asCara.body.itinerary.map((s) => s.localStart)).toEqual(['14:42', '14:57', '15:12']);
  });

  it('refuses a move someone cannot make, and keeps everything as it was', async () => {
    const { day, candidates } = await newDay(7);
    // Dev has another session at 10:00 UTC that day.
    const busy = await coordinator.client.call(routes.scheduleSession, {
      params: { cohortId },
      body: {
        kind: 'mentor_interview',
        track: 'residency_fellowship',
        startsAt: `${day.date}T10:00:00Z`,
        durationMinutes: 30,
        participants: [
          { userId: candidates[1].user.id, role: 'candidate' },
          { userId: (await member('mentor', 'Dr Busy')).user.id, role: 'interviewer' },
        ],
      },
    });
    expect(busy.status).toBe(201);
    const before = await tableChecksums(t);
    const refused = await update(day.id, { startTime: '09:50', reason: 'Later start.' });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/^Dev 7 is already booked at that time/);
    // Every session had been moved and every notice queued before the database refused it at commit: none stayed.
    expect(await tableChecksums(t)).toEqual(before);
  });

  it('refuses bad changes with a 4xx that says what to fix, changing nothing', async () => {
    const { day } = await newDay(8);
    const before = await tableChecksums(t);
    const cases: [string, unknown, number, RegExp][] = [
      ['nothing to change', { reason: 'Because.' }, 400, /changes nothing/],
      ['a move without a reason', { startTime: '10:00' }, 400, /A reason is required when the day moves/],
      [
        'a station of another day',
        { stations: [{ stationId: randomUUID(), name: 'X' }] },
        400,
        /Only this day's stations can change: Station ID of station 1 is not a station of this day\./,
      ],
      [
        'a station of 30 minutes',
        { stations: [{ stationId: day.stations[0].id, minutes: 30 }] },
        400,
        /Minutes of station 1 must be at most 20 minutes/,
      ],
      ['a start in the past', { date: '2020-01-06', reason: 'Earlier.' }, 400, /The day's new start must be at least/],
      ['an unknown field', { title: 'Day', rooms: 3 }, 400, /Rooms is not a field of this request/],
      ['a time that is not one', { startTime: '25:00', reason: 'Later.' }, 400, /Start time must be a time like 09:30/],
    ];
    for (const [what, body, status, detail] of cases) {
      const response = await update(day.id, body);
      expect({ what, status: response.status }).toEqual({ what, status });
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body.detail).toMatch(detail);
    }
    expect(await tableChecksums(t)).toEqual(before);
  });

  it('keeps the times once the rooms can open, while a rename still goes through', async () => {
    const { day } = await newDay(11);
    // Set-up: the day now starts in 5 minutes, so its rooms (open from 10 minutes before) can be entered.
    await t.sql(
      `UPDATE interview_days SET starts_at = now() + interval '5 minutes', ends_at = now() + interval '39 minutes' WHERE id = $1`,
      [day.id],
    );
    const before = await tableChecksums(t);
    const moved = await update(day.id, { startTime: '11:00', reason: 'Later.' });
    expect(moved.status).toBe(409);
    expect(moved.body.detail).toMatch(
      /^This day's rooms opened at .*, so its times can no longer change: rename it, or cancel what is left of it\.$/,
    );
    expect(await tableChecksums(t)).toEqual(before);
    const renamed = await update(day.id, { title: 'Same time, new name' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('Same time, new name');
  });

  it('lets only the day’s coordinators change or cancel it', async () => {
    const { day, candidates, mentors } = await newDay(9);
    const other = await newCohort(t, 'Another cohort');
    const before = await tableChecksums(t);
    const rename = { title: 'Mine now' };
    const reason = { reason: 'Not mine to cancel.' };
    for (const client of [candidates[0].client, mentors[0].client, other.coordinator.client]) {
      expect((await update(day.id, rename, client)).status).toBe(403);
      expect((await cancel(day.id, reason, client)).status).toBe(403);
    }
    expect((await update(day.id, rename, t.client())).status).toBe(401);
    expect((await cancel(day.id, reason, t.client())).status).toBe(401);
    expect((await update(randomUUID(), rename)).status).toBe(404);
    expect((await cancel(randomUUID(), reason)).status).toBe(404);
    expect(await tableChecksums(t)).toEqual(before);
  });
});

describe('cancelling a day', () => {
  it('cancels every session with a METHOD:CANCEL invite and the reason, then refuses further changes', async () => {
    const { day, candidates } = await newDay(10);
    expect((await cancel(day.id, { reason: 'x' })).status).toBe(400);
    const cancelled = await cancel(day.id, { reason: 'The examiners are ill.' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.cancelReason).toBe('The examiners are ill.');
    expect(cancelled.body.cancelledAt).not.toBeNull();
    expect(cancelled.body.rotations.flatMap((r) => r.visits).map((v) => v.status)).toEqual(Array(6).fill('cancelled'));

    const sessionId = day.rotations[0].visits[0].sessionId;
    const [booked] = await mailsAbout(sessionId, 'session-booked');
    const notices = await mailsAbout(sessionId, 'session-cancelled');
    expect(notices).toHaveLength(2);
    for (const mail of notices) {
      expect(mail).toMatchObject({ uid: booked.uid, sequence: booked.sequence + 1, method: 'CANCEL' });
      expect(mail.subject).toMatch(/^MMI day, (Ethics|Teamwork) was cancelled: /);
      expect(mail.text_body).toContain('The examiners are ill.');
    }
    const page = await candidates[0].client.call(routes.getInterviewDay, { params: { dayId: day.id } });
    expect(page.body.cancelReason).toBe('The examiners are ill.');

    const before = await tableChecksums(t);
    expect((await cancel(day.id, { reason: 'Again.' })).body.detail).toMatch(/already|was cancelled/);
    const again = await update(day.id, { title: 'Back on' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/This day was cancelled/);
    expect(await tableChecksums(t)).toEqual(before);
  });
});
