import { INTERVIEW_DAY_RULES, routes, type CreateInterviewDayRequest } from '@rounds/shared';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { tableChecksums } from './support/database-checksum.js';
import { newCohort, type TestPerson } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const HOUR = 3_600_000;

let t: TestApp;
let coordinator: TestPerson;
let cohortId: string;
let scriptId: string;
let candidateIds: string[];
let mentorIds: string[];

/** `count` members of one role, straight in SQL (the day only needs them to exist and belong to the cohort). */
async function members(role: 'candidate' | 'mentor', count: number): Promise<string[]> {
  const tag = randomBytes(3).toString('hex');
  const rows = await t.sql<{ id: string }>(
    `WITH people AS (
       INSERT INTO users (email, password_hash, display_name, time_zone, roles)
       SELECT $1 || '-' || $2 || '-' || g || '@example.org', 'not used', initcap($1) || ' ' || g,
              (ARRAY['Africa/Lagos', 'Asia/Kolkata', 'America/Chicago', 'Europe/London'])[1 + g % 4], ARRAY[$1]
       FROM generate_series(1, $3::int) g
       RETURNING id, display_name
     ), joined AS (
       INSERT INTO cohort_members (cohort_id, user_id, role) SELECT $4, id, $1 FROM people
     )
     SELECT id FROM people ORDER BY substr(display_name, length($1) + 2)::int`,
    [role, tag, count, cohortId],
  );
  return rows.map((row) => row.id);
}

function largestDay(date: string, stations = mentorIds): CreateInterviewDayRequest {
  return {
    title: 'Regional MMI day',
    date,
    startTime: '07:00',
    timeZone: 'UTC',
    // Six-minute stations with one-minute gaps: 40 rotations fit the longest day allowed.
    gapMinutes: 1,
    stations: stations.map((interviewerId, i) => ({
      name: `Station ${i + 1}`,
      persona: 'program_director' as const,
      scriptId,
      minutes: 6,
      interviewerId,
    })),
    candidateIds,
  };
}

const dateAhead = (days: number) => new Date(Date.now() + days * 24 * HOUR).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  ({ coordinator, cohortId } = await newCohort(t, 'Regional MMI'));
  [{ id: scriptId }] = await t.sql<{ id: string }>(
    `SELECT id FROM scripts WHERE built_in_key = 'residency_fellowship.program_director'`,
  );
  candidateIds = await members('candidate', INTERVIEW_DAY_RULES.maxCandidates);
  mentorIds = await members('mentor', INTERVIEW_DAY_RULES.maxStations);
}, 60_000);
afterAll(() => t.close());

describe('the largest interview day the form allows', () => {
  it('is built in one request: 800 sessions with their people, invites in the outbox and reminders queued', async () => {
    const startedAt = performance.now();
    const created = await coordinator.client.call(routes.createInterviewDay, {
      params: { cohortId },
      body: largestDay(dateAhead(4)),
    });
    const msToBuild = Math.round(performance.now() - startedAt);
    expect(created.status).toBe(201);
    const day = created.body as { id: string; rotationCount: number; stationCount: number; candidateCount: number };
    expect(day).toMatchObject({ rotationCount: 40, stationCount: 20, candidateCount: 40 });

    const [counts] = await t.sql<{ sessions: number; participants: number; invites: number; reminders: number }>(
      `SELECT count(DISTINCT s.id)::int AS sessions, count(p.*)::int AS participants,
         (SELECT count(*)::int FROM outbox_messages o WHERE o.kind = 'session-booked'
            AND (o.metadata->>'sessionId')::uuid IN (SELECT session_id FROM day_sessions WHERE day_id = $1)) AS invites,
         (SELECT count(*)::int FROM pgboss.job j WHERE j.name = 'session-reminder'
            AND (j.data->>'sessionId')::uuid IN (SELECT session_id FROM day_sessions WHERE day_id = $1)) AS reminders
       FROM day_sessions ds JOIN sessions s ON s.id = ds.session_id JOIN session_participants p ON p.session_id = s.id
       WHERE ds.day_id = $1`,
      [day.id],
    );
    // 40 candidates × 20 stations; two people in each; an invite to each person of each session; two reminders each.
    expect(counts).toEqual({ sessions: 800, participants: 1600, invites: 1600, reminders: 1600 });
    process.stdout.write(`interview day, 40 candidates × 20 stations: ${JSON.stringify({ sessions: 800, msToBuild })}\n`);
  }, 120_000);

  it('keeps nothing when one of its people is booked into the day: a 409 naming them, and no table changed', async () => {
    const date = dateAhead(6);
    const first = await coordinator.client.call(routes.createInterviewDay, {
      params: { cohortId },
      body: largestDay(date, mentorIds.slice(0, 1)),
    });
    expect(first.status).toBe(201);
    const before = await tableChecksums(t);
    const clash = await coordinator.client.call(routes.createInterviewDay, { params: { cohortId }, body: largestDay(date) });
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ detail: expect.stringContaining('Candidate 1 is already booked') });
    expect(await tableChecksums(t)).toEqual(before);
  }, 120_000);
});
