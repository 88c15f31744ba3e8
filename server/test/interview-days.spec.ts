import {
  COMPETENCIES,
  INTERVIEW_DAY_CSV_COLUMNS,
  isSocketFailure,
  routes,
  type CreateInterviewDayRequest,
  type InterviewDay,
  type RoomView,
} from '@rounds/shared';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { FeedbackClock } from '../src/feedback/feedback-clock.js';
import { AttendanceService } from '../src/video/attendance.service.js';
import { tableChecksums } from './support/database-checksum.js';
import { addToCohort, newCohort, newUser, type TestPerson } from './support/factories.js';
import { closeSockets, connectSocket, request, type TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let t: TestApp;
let coordinator: TestPerson;
let cohortId: string;
let builtInScript: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  t = await startTestApp();
  ({ coordinator, cohortId } = await newCohort(t, 'MMI cohort'));
  const [row] = await t.sql<{ id: string }>(
    `SELECT id FROM scripts WHERE built_in_key = 'residency_fellowship.program_director'`,
  );
  builtInScript = row.id;
}, 60_000);
afterEach(async () => {
  await closeSockets(sockets.splice(0));
});
afterAll(() => t.close());

const count = async (table: string) => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

async function member(
  role: 'candidate' | 'mentor',
  displayName: string,
  timeZone = 'UTC',
  cohort = cohortId,
): Promise<TestPerson> {
  const person = await newUser(t, { roles: [role], displayName, timeZone });
  await addToCohort(t, cohort, person, role);
  return person;
}

/** A day start far enough ahead that no two tests overlap: `daysAhead` days from now, 09:00 in the zone. */
function dateAhead(daysAhead: number): string {
  return new Date(Date.now() + daysAhead * 24 * HOUR).toISOString().slice(0, 10);
}

function dayBody(
  candidates: TestPerson[],
  interviewers: TestPerson[],
  overrides: Partial<CreateInterviewDayRequest> = {},
  minutes: (index: number) => number = () => 10,
): CreateInterviewDayRequest {
  return {
    title: 'Residency MMI day',
    date: dateAhead(3),
    startTime: '09:00',
    timeZone: 'America/Chicago',
    stations: interviewers.map((person, index) => ({
      persona: 'program_director' as const,
      scriptId: builtInScript,
      minutes: minutes(index),
      interviewerId: person.user.id,
    })),
    candidateIds: candidates.map((person) => person.user.id),
    ...overrides,
  };
}

const createDay = (body: unknown, client = coordinator.client) =>
  client.call(routes.createInterviewDay, { params: { cohortId }, body: body as CreateInterviewDayRequest });

describe('building a day', () => {
  let mentors: TestPerson[];
  let candidates: TestPerson[];
  let day: InterviewDay;

  beforeAll(async () => {
    mentors = [await member('mentor', 'Dr Ada', 'Europe/London'), await member('mentor', 'Dr Ben', 'UTC')];
    candidates = [
      await member('candidate', 'Cara', 'Asia/Kolkata'),
      await member('candidate', 'Dev', 'America/Chicago'),
      await member('candidate', 'Eli', 'UTC'),
    ];
  });

  it('makes one session per candidate × station on one clock, every candidate at every station once', async () => {
    const before = { sessions: await count('sessions'), snapshots: await count('script_snapshots') };
    const created = await createDay({
      ...dayBody(candidates, mentors),
      stations: [
        { name: 'Ethics', persona: 'program_director', scriptId: builtInScript, minutes: 10, interviewerId: mentors[0].user.id },
        { persona: 'faculty', scriptId: builtInScript, minutes: 8, interviewerId: mentors[1].user.id },
      ],
    });
    expect(created.status).toBe(201);
    day = created.body;
    // 3 candidates, 2 stations: 3 rotations of 10 minutes (the longest station), 2-minute gaps: 34 minutes.
    expect(day).toMatchObject({ rotationCount: 3, rotationMinutes: 10, gapMinutes: 2, stationCount: 2, candidateCount: 3 });
    expect(day.startsAt).toBe(new Date(`${day.date}T15:00:00Z`).toISOString()); // 09:00 in Chicago (CST)
    expect(Date.parse(day.endsAt) - Date.parse(day.startsAt)).toBe(34 * MINUTE);
    expect(day.stations.map((s) => s.name)).toEqual(['Ethics', 'Station 2: Faculty member']);
    const visits = day.rotations.flatMap((r) => r.visits);
    expect(visits).toHaveLength(6);
    for (const candidate of candidates) {
      const mine = visits.filter((v) => v.candidateId === candidate.user.id);
      expect(new Set(mine.map((v) => v.stationId)).size).toBe(2);
    }
    for (const rotation of day.rotations) {
      const inIt = rotation.visits.map((v) => v.candidateId);
      expect(new Set(inIt).size).toBe(inIt.length);
      for (const visit of rotation.visits) expect(visit.startsAt).toBe(rotation.startsAt);
    }
    // The 8-minute station ends before its rotation; the clock is still the rotation's.
    const short = visits.find((v) => v.stationId === day.stations[1].id)!;
    expect(Date.parse(short.endsAt) - Date.parse(short.startsAt)).toBe(8 * MINUTE);
    expect((await count('sessions')) - before.sessions).toBe(6);
    // Both stations use the same script: the day's sessions share one frozen snapshot of it.
    expect((await count('script_snapshots')) - before.snapshots).toBe(1);
  });

  it('e-mails one invite per session, each carrying the reader’s whole day in their zone', async () => {
    const mails = await t.sql<{ subject: string; text_body: string; ics: string | null }>(
      `SELECT subject, text_body, ics FROM outbox_messages WHERE to_address = $1 AND kind = 'session-booked' ORDER BY created_at`,
      [candidates[0].email],
    );
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail.ics).toContain('BEGIN:VEVENT');
      expect(mail.text_body).toContain('Your whole day, "Residency MMI day" (times in Asia/Kolkata):');
      // 09:00 Chicago = 20:30 Kolkata; Cara starts at station 1, then station 2, then waits.
      expect(mail.text_body).toMatch(/20:30–20:40 {2}Ethics, with Dr Ada/);
      expect(mail.text_body).toMatch(/20:42–20:50 {2}Station 2: Faculty member, with Dr Ben/);
      expect(mail.text_body).toMatch(/20:54–21:04 {2}waiting: no station this rotation/);
    }
    expect(new Set(mails.map((m) => /UID:(.*)/.exec(m.ics!)![1])).size).toBe(2);
  });

  it('shows each viewer the whole day, their own visits marked and their itinerary in their zone', async () => {
    const asCara = await candidates[0].client.call(routes.getInterviewDay, { params: { dayId: day.id } });
    expect(asCara.status).toBe(200);
    expect(asCara.body.viewer).toEqual({ roles: ['candidate'], timeZone: 'Asia/Kolkata' });
    expect(asCara.body.itinerary.map((s) => [s.kind, s.stationName, s.localStart, s.partner?.displayName ?? null])).toEqual([
      ['station', 'Ethics', '20:30', 'Dr Ada'],
      ['station', 'Station 2: Faculty member', '20:42', 'Dr Ben'],
      ['waiting', null, '20:54', null],
    ]);
    expect(asCara.body.rotations.flatMap((r) => r.visits).filter((v) => v.mine)).toHaveLength(2);

    const asBen = await mentors[1].client.call(routes.getInterviewDay, { params: { dayId: day.id } });
    expect(asBen.body.viewer.roles).toEqual(['interviewer']);
    expect(asBen.body.itinerary.map((s) => [s.role, s.localStart, s.partner?.displayName ?? null])).toEqual([
      ['interviewer', '15:00', 'Dev'],
      ['interviewer', '15:12', 'Cara'],
      ['interviewer', '15:24', 'Eli'],
    ]);

    const asCoordinator = await coordinator.client.call(routes.getInterviewDay, { params: { dayId: day.id } });
    expect(asCoordinator.body.viewer.roles).toEqual(['coordinator']);
    expect(asCoordinator.body.itinerary).toEqual([]);
    expect(asCoordinator.body.rotations.flatMap((r) => r.visits).some((v) => v.mine)).toBe(false);

    const listed = await coordinator.client.call(routes.listInterviewDays, { params: { cohortId } });
    expect(listed.body.map((d) => d.id)).toContain(day.id);
  });

  it('keeps the day to its coordinators and its people', async () => {
    const bystander = await member('candidate', 'Not in the day');
    const other = await newCohort(t, 'Another cohort');
    const params = { dayId: day.id };
    expect((await bystander.client.call(routes.getInterviewDay, { params })).status).toBe(403);
    expect((await other.coordinator.client.call(routes.getInterviewDay, { params })).status).toBe(403);
    expect((await t.client().call(routes.getInterviewDay, { params })).status).toBe(401);
    expect((await coordinator.client.call(routes.getInterviewDay, { params: { dayId: randomUUID() } })).status).toBe(404);
    expect((await candidates[0].client.call(routes.interviewDayLive, { params })).status).toBe(403);
    expect((await mentors[0].client.call(routes.interviewDayScores, { params })).status).toBe(403);
    expect((await other.coordinator.client.call(routes.interviewDayScoresCsv, { params })).status).toBe(403);
    const elsewhere = await other.coordinator.client.call(routes.createInterviewDay, {
      params: { cohortId },
      body: dayBody(candidates, mentors, { date: dateAhead(20) }),
    });
    expect(elsewhere.status).toBe(403);
    expect((await createDay(dayBody(candidates, mentors, { date: dateAhead(20) }), mentors[0].client)).status).toBe(403);
    expect((await createDay(dayBody(candidates, mentors, { date: dateAhead(20) }), t.client())).status).toBe(401);
  });

  it('puts the day’s clock in each room: the rotation’s end, the one-minute warning, the viewer’s next station', async () => {
    const first = day.rotations[0].visits.find((v) => v.candidateId === candidates[0].user.id)!;
    const second = day.rotations[1].visits.find((v) => v.candidateId === candidates[0].user.id)!;
    const atSameStation = day.rotations[1].visits.find((v) => v.stationId === first.stationId)!;
    const cara = await connectSocket(t.baseUrl, { cookie: candidates[0].client.sessionCookie });
    const ada = await connectSocket(t.baseUrl, { cookie: mentors[0].client.sessionCookie });
    sockets.push(cara, ada);
    const join = async (socket: TestSocket) => {
      const ack = await request(socket, 'room:join', { sessionId: first.sessionId });
      if (isSocketFailure(ack)) throw new Error(JSON.stringify(ack.error));
      return ack as RoomView;
    };
    const caraView = await join(cara);
    expect(caraView.day).toEqual({
      dayId: day.id,
      title: 'Residency MMI day',
      stationName: 'Ethics',
      rotation: 0,
      rotationCount: 3,
      rotationEndsAt: day.rotations[0].endsAt,
      oneMinuteWarningAt: new Date(Date.parse(day.rotations[0].endsAt) - MINUTE).toISOString(),
      next: { sessionId: second.sessionId, stationName: 'Station 2: Faculty member', startsAt: day.rotations[1].startsAt },
    });
    expect(caraView.clock.endsAt).toBe(first.endsAt);
    const adaView = await join(ada);
    expect(adaView.day?.next).toEqual({
      sessionId: atSameStation.sessionId,
      stationName: 'Ethics',
      startsAt: day.rotations[1].startsAt,
    });
  });

  it('refuses bad days with a 4xx naming the problem, creating nothing', async () => {
    const outsider = await member('candidate', 'Outsider', 'UTC', (await newCohort(t, 'Elsewhere')).cohortId);
    const elsewhereScript = await (async () => {
      const other = await newCohort(t, 'Script owner');
      const [q] = await t.sql<{ id: string }>(`SELECT id FROM questions WHERE built_in_key IS NOT NULL LIMIT 1`);
      const script = await other.coordinator.client.call(routes.createScript, {
        params: { cohortId: other.cohortId },
        body: {
          title: 'Private elsewhere',
          track: 'residency_fellowship',
          persona: 'program_director',
          sections: [{ section: 'opening', minutes: 10, questionIds: [q.id] }],
        },
      });
      expect(script.status).toBe(201);
      return script.body.id;
    })();
    const [a, b] = candidates;
    const base = dayBody([a, b], mentors, { date: dateAhead(30) });
    const station = (index: number, change: Record<string, unknown>) => ({
      ...base,
      stations: base.stations.map((s, i) => (i === index ? { ...s, ...change } : s)),
    });
    const withoutScript = { ...base, stations: base.stations.map(({ scriptId: _, ...rest }) => rest) };
    const cases: [string, unknown, number, RegExp][] = [
      ['a station without a script', withoutScript, 400, /Script ID of station 1 is required: every station needs a script/],
      [
        'a script of another cohort',
        station(1, { scriptId: elsewhereScript }),
        400,
        /Script ID of station 2 is not a script this cohort can use/,
      ],
      ['a station of 25 minutes', station(0, { minutes: 25 }), 400, /Minutes of station 1 must be at most 20 minutes/],
      [
        'a person outside the cohort',
        { ...base, candidateIds: [a.user.id, outsider.user.id] },
        400,
        /Candidate ID 2 is not a candidate of this cohort/,
      ],
      [
        'a mentor as a candidate',
        { ...base, candidateIds: [mentors[0].user.id, a.user.id] },
        400,
        /Candidate ID 1 is also the interviewer of station 1/,
      ],
      ['a candidate twice', { ...base, candidateIds: [a.user.id, a.user.id] }, 400, /Candidate ID 2 lists this candidate twice/],
      [
        'more stations than interviewers',
        station(1, { interviewerId: mentors[0].user.id }),
        400,
        /Interviewer ID of station 2 already interviews at station 1/,
      ],
      ['a day in the past', { ...base, date: '2020-01-06' }, 400, /The day's start must be at least 30 minutes from now/],
      ['no candidates', { ...base, candidateIds: [] }, 400, /Candidate IDs needs at least one candidate/],
      [
        'a day that cannot fit in 12 hours',
        {
          ...base,
          gapMinutes: 30,
          stations: [{ ...base.stations[0], minutes: 20 }],
          candidateIds: Array.from({ length: 16 }, () => randomUUID()),
        },
        409,
        /This day cannot fit: 16 rotations of 20 minutes with 30-minute gaps .* \(12 h 50 min\), and a day lasts at most 12 hours/,
      ],
    ];
    const before = await tableChecksums(t);
    for (const [what, body, status, detail] of cases) {
      const response = await createDay(body);
      expect({ what, status: response.status, detail: response.status === status ? '' : response.body.detail }).toEqual({
        what,
        status,
        detail: '',
      });
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body.detail).toMatch(detail);
    }
    expect(await tableChecksums(t)).toEqual(before);
  });

  it('refuses with 409 naming who is already booked during the day, and keeps nothing', async () => {
    const date = dateAhead(40);
    const body = dayBody(candidates, mentors, { date, timeZone: 'UTC' });
    // Dev has a session at 09:20 UTC that day: in the middle of the circuit.
    const busy = await coordinator.client.call(routes.scheduleSession, {
      params: { cohortId },
      body: {
        kind: 'mentor_interview',
        track: 'residency_fellowship',
        startsAt: `${date}T09:20:00Z`,
        durationMinutes: 30,
        participants: [
          { userId: candidates[1].user.id, role: 'candidate' },
          { userId: (await member('mentor', 'Dr Busy')).user.id, role: 'interviewer' },
        ],
      },
    });
    expect(busy.status).toBe(201);
    const before = { days: await count('interview_days'), sessions: await count('sessions'), links: await count('day_sessions') };
    const checksums = await tableChecksums(t);
    const refused = await createDay(body);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/^Dev is already booked from .*09:20.* to .*09:50.*, during this day/);
    expect(await tableChecksums(t)).toEqual(checksums);
    expect({
      days: await count('interview_days'),
      sessions: await count('sessions'),
      links: await count('day_sessions'),
    }).toEqual(before);
  });
});

describe('the day live and its scores', () => {
  let mentors: TestPerson[];
  let candidates: TestPerson[];
  let day: InterviewDay;

  /** Moves the whole day so its first rotation started `minutesAgo` minutes ago (as if the clock had run on). */
  async function startedMinutesAgo(minutesAgo: number) {
    const shift = `(now() - interval '${minutesAgo} minutes') - (SELECT starts_at FROM interview_days WHERE id = $1)`;
    await t.sql(
      `UPDATE sessions SET starts_at = starts_at + (${shift}), ends_at = ends_at + (${shift})
                  WHERE id IN (SELECT session_id FROM day_sessions WHERE day_id = $1)`,
      [day.id],
    );
    await t.sql(
      `UPDATE session_participants p SET during = tstzrange(s.starts_at, s.ends_at) FROM sessions s
                  WHERE s.id = p.session_id AND s.id IN (SELECT session_id FROM day_sessions WHERE day_id = $1)`,
      [day.id],
    );
    await t.sql(
      `UPDATE day_sessions SET rotation_starts_at = rotation_starts_at + (${shift}), rotation_ends_at = rotation_ends_at + (${shift})
                  WHERE day_id = $1`,
      [day.id],
    );
    await t.sql(`UPDATE interview_days SET ends_at = ends_at + (${shift}), starts_at = starts_at + (${shift}) WHERE id = $1`, [
      day.id,
    ]);
  }

  beforeAll(async () => {
    mentors = [await member('mentor', 'Dr Hard'), await member('mentor', 'Dr Soft')];
    candidates = [await member('candidate', 'Fay'), await member('candidate', 'Gus'), await member('candidate', 'Hal')];
    const created = await createDay(dayBody(candidates, mentors, { date: dateAhead(50), timeZone: 'UTC' }));
    expect(created.status).toBe(201);
    day = created.body;
  });

  it('shows every room now: who is there, its phase, running late, and who has not come', async () => {
    // Rotation 0 ran 10 minutes and ended a minute ago: the rooms are in the gap.
    await startedMinutesAgo(11);
    const [atHard, atSoft] = day.stations.map((station) => day.rotations[0].visits.find((v) => v.stationId === station.id)!);
    // Station 1's two people came and its interviewer started; nobody came to station 2.
    const attendance = t.app.get(AttendanceService);
    await attendance.participantJoined(atHard.sessionId, atHard.candidateId, new Date(Date.now() - 10 * MINUTE));
    await attendance.participantJoined(atHard.sessionId, atHard.interviewerId, new Date(Date.now() - 10 * MINUTE));
    const socket = await connectSocket(t.baseUrl, { cookie: mentors[0].client.sessionCookie });
    sockets.push(socket);
    const view = (await request(socket, 'room:join', { sessionId: atHard.sessionId })) as RoomView;
    expect(
      isSocketFailure(
        await request(socket, 'room:action', { sessionId: view.sessionId, version: view.version, action: { type: 'start' } }),
      ),
    ).toBe(false);

    const live = await coordinator.client.call(routes.interviewDayLive, { params: { dayId: day.id } });
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ state: 'gap', rotation: 0, nextRotationStartsAt: expect.any(String) });
    const [hard, soft] = live.body.stations;
    expect(hard.session).toMatchObject({
      sessionId: atHard.sessionId,
      roomPhase: 'interviewing',
      runningLate: true,
      interviewer: { present: true, absent: false },
      candidate: { present: true, absent: false },
    });
    expect(soft.session).toMatchObject({
      sessionId: atSoft.sessionId,
      roomPhase: 'lobby',
      runningLate: false,
      interviewer: { present: false, absent: true, joinedAt: null },
      candidate: { present: false, absent: true },
    });
  });

  it('sums up each candidate’s day and each interviewer’s severity from the submitted forms, and exports it', async () => {
    await startedMinutesAgo(120);
    await t.sql(`UPDATE sessions SET status = 'completed' WHERE id IN (SELECT session_id FROM day_sessions WHERE day_id = $1)`, [
      day.id,
    ]);
    // Dr Hard scores structure 2, 3, 4 and Dr Soft 4, 5, 4: Hard sits 4/3 below Soft, Soft 4/3 above.
    const given: Record<string, number[]> = { [mentors[0].user.id]: [2, 3, 4], [mentors[1].user.id]: [4, 5, 4] };
    for (const visit of day.rotations.flatMap((r) => r.visits)) {
      const mentor = mentors.find((m) => m.user.id === visit.interviewerId)!;
      const structure = given[mentor.user.id][candidates.findIndex((c) => c.user.id === visit.candidateId)];
      const submitted = await mentor.client.call(routes.submitFeedback, {
        params: { sessionId: visit.sessionId, kind: 'interviewer' },
        body: {
          scores: { structure, communication: 3 },
          // The script scores four competencies; the rest of this short station went unobserved.
          notObserved: ['motivation_fit', 'professionalism', 'candidate_questions'],
          strengths: 'Owned the mistake and named the fix.',
          improvements: ['Give the result in numbers'],
          readiness: 'nearly',
        },
      });
      expect(submitted.status).toBe(200);
    }

    const forCoordinator = await coordinator.client.call(routes.interviewDayScores, { params: { dayId: day.id } });
    expect(forCoordinator.status).toBe(200);
    expect(forCoordinator.body.severity).toEqual([
      {
        stationId: day.stations[0].id,
        interviewer: { userId: mentors[0].user.id, displayName: 'Dr Hard' },
        severity: -0.67,
        comparisons: 6,
        scoresGiven: 6,
      },
      {
        stationId: day.stations[1].id,
        interviewer: { userId: mentors[1].user.id, displayName: 'Dr Soft' },
        severity: 0.67,
        comparisons: 6,
        scoresGiven: 6,
      },
    ]);
    const fay = forCoordinator.body.candidates.find((c) => c.candidate.userId === candidates[0].user.id)!;
    expect(fay.stations.map((s) => s.scores)).toEqual([
      { structure: 2, communication: 3 },
      { structure: 4, communication: 3 },
    ]);
    expect(fay.means).toEqual({ structure: 3, communication: 3 });
    expect(fay.overall).toBe(3);

    // A candidate sees only their own, and only once released (48 hours after the day without a self form).
    const early = await candidates[0].client.call(routes.interviewDayScores, { params: { dayId: day.id } });
    expect(early.body.candidates).toHaveLength(1);
    expect(early.body.severity).toBeNull();
    expect(early.body.candidates[0].stations.every((s) => !s.submitted)).toBe(true);
    t.app.get(FeedbackClock).advance(49 * HOUR);
    const released = await candidates[0].client.call(routes.interviewDayScores, { params: { dayId: day.id } });
    expect(released.body.candidates[0]).toMatchObject({ means: { structure: 3, communication: 3 }, overall: 3 });

    const csv = await coordinator.client.call(routes.interviewDayScoresCsv, { params: { dayId: day.id } });
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain('text/csv');
    const rows: Record<string, string>[] = parse(csv.body as unknown as string, { columns: true });
    expect(Object.keys(rows[0])).toEqual([...INTERVIEW_DAY_CSV_COLUMNS]);
    expect(rows).toHaveLength(6);
    const hardRows = rows.filter((r) => r.interviewer_name === 'Dr Hard');
    expect(hardRows.map((r) => [r.candidate_name, r.structure, r.interviewer_severity]).sort()).toEqual([
      ['Fay', '2', '-0.67'],
      ['Gus', '3', '-0.67'],
      ['Hal', '4', '-0.67'],
    ]);
    expect(COMPETENCIES.every((c) => c in rows[0])).toBe(true);
  });
});

describe('a day of 8 candidates × 8 stations', () => {
  it('is built in one POST: 8 rotations of 10 minutes with 2-minute gaps, 64 sessions', async () => {
    const people = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        member(i < 8 ? 'mentor' : 'candidate', i < 8 ? `Station mentor ${i + 1}` : `Circuit candidate ${i - 7}`),
      ),
    );
    const [mentors, candidates] = [people.slice(0, 8), people.slice(8)];
    const before = { sessions: await count('sessions'), mail: await count('outbox_messages') };
    const started = performance.now();
    const created = await createDay(dayBody(candidates, mentors, { date: dateAhead(60), timeZone: 'UTC' }));
    const milliseconds = performance.now() - started;
    expect(created.status).toBe(201);
    const day = created.body;
    const minutes = (Date.parse(day.endsAt) - Date.parse(day.startsAt)) / MINUTE;
    expect({ rotations: day.rotationCount, minutes }).toEqual({ rotations: 8, minutes: 8 * 10 + 7 * 2 });
    expect((await count('sessions')) - before.sessions).toBe(64);
    expect((await count('outbox_messages')) - before.mail).toBe(128);
    // A figure for the report, not an assertion: the machine is shared.
    console.log(
      `8 × 8 interview day: ${day.rotationCount} rotations, ${minutes} minutes (${day.startTime}–${new Date(day.endsAt).toISOString().slice(11, 16)} UTC), 64 sessions, POST took ${Math.round(milliseconds)} ms`,
    );
  }, 120_000);
});
