import { clientEvents, isSocketFailure, routes, type ClientEventName, type Endpoint, type RouteName } from '@rounds/shared';
import { randomBytes } from 'node:crypto';
import type { ApiClient } from './support/api-client.js';
import {
  ACTORS,
  ALWAYS_AVAILABLE,
  buildFixtureWorld,
  WORLD_TRACK,
  worldQuestion,
  worldScript,
  type Actor,
  type FixtureWorld,
} from './support/fixture-world.js';
import { TEST_PASSWORD } from './support/factories.js';
import { closeSockets, connectSocket, refusedConnection, request } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** One status, or the statuses a correct answer may use (403 and 404 both refuse without saying more). */
type Expected = number | readonly number[];
const HIDDEN = [403, 404] as const;

interface CellRequest {
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  body?: unknown;
  /** Another client than the actor's own, for calls that end or replace a sign-in. */
  client?: ApiClient;
}

interface Scenario {
  /** What differs from the row's plain case, when a route has several. */
  name?: string;
  /** Builds one cell's request; resources a success would use up are made fresh for each cell. */
  request(world: FixtureWorld, actor: Actor): Promise<CellRequest> | CellRequest;
  expect: Record<Actor, Expected>;
}

/** Shorthands for common rows: who is signed in, who is in cohort A, who coordinates it. */
const everyone = (status: number): Record<Actor, Expected> =>
  Object.fromEntries(ACTORS.map((a) => [a, status])) as Record<Actor, Expected>;
const signedIn = (status: Expected): Record<Actor, Expected> => ({
  ...everyone(0),
  anonymous: 401,
  ...Object.fromEntries(ACTORS.slice(1).map((a) => [a, status])),
});
const membersOfA = (status: Expected, outsiders: Expected = 403): Record<Actor, Expected> => ({
  anonymous: 401,
  candidate: status,
  otherCandidate: status,
  mentor: status,
  coordinator: status,
  otherCoordinator: outsiders,
  candidateOfB: outsiders,
});
const coordinatorOfA = (status: number, others: Expected = 403, outsiders: Expected = others): Record<Actor, Expected> => ({
  anonymous: 401,
  candidate: others,
  otherCandidate: others,
  mentor: others,
  coordinator: status,
  otherCoordinator: outsiders,
  candidateOfB: outsiders,
});
/** The session's participants (candidate and mentor) and cohort A's coordinator. */
const sessionPeople = (status: number): Record<Actor, Expected> => ({
  anonymous: 401,
  candidate: status,
  otherCandidate: HIDDEN,
  mentor: status,
  coordinator: status,
  otherCoordinator: HIDDEN,
  candidateOfB: HIDDEN,
});

/** Cohort B's coordinator clones into B; everyone else names cohort A. */
const cloneTarget = (world: FixtureWorld, actor: Actor) => ({
  cohortId: actor === 'otherCoordinator' ? world.cohortB : world.cohortA,
});

/** Every route × every actor. A route missing here fails the suite: add its row when you add the route. */
const matrix: Record<RouteName, Scenario[]> = {
  health: [{ request: () => ({}), expect: everyone(200) }],
  liveness: [{ request: () => ({}), expect: everyone(200) }],
  readiness: [{ request: () => ({}), expect: everyone(200) }],
  publicConfig: [{ request: () => ({}), expect: everyone(200) }],
  register: [
    {
      request: async (world, actor) => ({
        client: await world.freshSignIn(actor),
        body: {
          email: `new-${randomBytes(4).toString('hex')}@example.org`,
          password: TEST_PASSWORD,
          displayName: 'New Person',
          timeZone: 'UTC',
        },
      }),
      // Open registration on a deployment with accounts waits for the e-mail to be confirmed.
      expect: everyone(202),
    },
  ],
  confirmRegistration: [
    {
      request: async (world, actor) => ({
        client: await world.freshSignIn(actor),
        body: { token: await world.newRegistrationToken(), password: TEST_PASSWORD },
      }),
      expect: everyone(201),
    },
  ],
  login: [
    {
      request: async (world, actor) => ({
        client: await world.freshSignIn(actor),
        body: { email: actor === 'anonymous' ? world.inviter.email : world.people[actor].email, password: TEST_PASSWORD },
      }),
      expect: everyone(200),
    },
  ],
  logout: [{ request: async (world, actor) => ({ client: await world.freshSignIn(actor) }), expect: everyone(204) }],
  session: [{ request: () => ({}), expect: everyone(200) }],
  requestPasswordReset: [
    {
      request: (world, actor) => ({
        body: { email: actor === 'anonymous' ? world.inviter.email : world.people[actor].email },
      }),
      expect: everyone(202),
    },
  ],
  // The token names whose password changes, whoever sends it (signed in or not).
  resetPassword: [
    {
      request: async (world) => ({ body: { token: await world.newPasswordResetToken(), password: 'a brand new passphrase' } }),
      expect: everyone(204),
    },
  ],
  // These act on the caller's own account: each person may do them to themselves, and only to themselves.
  changePassword: [
    {
      name: 'a fresh account of each kind',
      request: async (world, actor) => ({
        client: await world.freshAccount(actor),
        body: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
      }),
      expect: signedIn(204),
    },
    {
      name: 'with a wrong current password',
      request: () => ({ body: { currentPassword: 'not the password', newPassword: 'a brand new passphrase' } }),
      expect: signedIn(400),
    },
  ],
  signOutEverywhere: [{ request: async (world, actor) => ({ client: await world.freshAccount(actor) }), expect: signedIn(204) }],
  exportAccount: [{ request: () => ({}), expect: signedIn(200) }],
  deleteAccount: [
    {
      name: 'a fresh account of each kind',
      request: async (world, actor) => ({ client: await world.freshAccount(actor), body: { password: TEST_PASSWORD } }),
      expect: signedIn(204),
    },
    {
      name: 'with a wrong password',
      request: () => ({ body: { password: 'not the password' } }),
      expect: signedIn(400),
    },
  ],
  me: [{ request: () => ({}), expect: signedIn(200) }],
  updateMe: [{ request: () => ({ body: { bio: 'Preparing for interviews.' } }), expect: signedIn(200) }],
  getAccommodations: [
    {
      name: "cohort A's candidate: themselves and the cohort's coordinator",
      request: (world) => ({ params: { userId: world.people.candidate.user.id } }),
      expect: { ...membersOfA(403), candidate: 200, coordinator: 200 },
    },
    {
      name: 'your own',
      request: (world, actor) => ({
        params: { userId: actor === 'anonymous' ? world.inviter.user.id : world.people[actor].user.id },
      }),
      expect: signedIn(200),
    },
  ],
  updateAccommodations: [
    {
      name: "cohort A's candidate: themselves and the cohort's coordinator",
      request: (world) => ({
        params: { userId: world.people.candidate.user.id },
        body: { extraTime: 1.5, audioOnly: false, reducedMotion: false, timerAnnouncements: true },
      }),
      expect: { ...membersOfA(403), candidate: 200, coordinator: 200 },
    },
    {
      name: 'your own',
      request: (world, actor) => ({
        params: { userId: actor === 'anonymous' ? world.inviter.user.id : world.people[actor].user.id },
        body: { extraTime: 1, audioOnly: true, reducedMotion: true, timerAnnouncements: false },
      }),
      expect: signedIn(200),
    },
  ],
  listCohorts: [{ request: () => ({}), expect: signedIn(200) }],
  createCohort: [
    {
      request: () => ({ body: { name: `Cohort ${randomBytes(3).toString('hex')}` } }),
      expect: { ...coordinatorOfA(201), otherCoordinator: 201 },
    },
  ],
  getCohort: [{ request: (world) => ({ params: { cohortId: world.cohortA } }), expect: membersOfA(200) }],
  listMembers: [{ request: (world) => ({ params: { cohortId: world.cohortA } }), expect: membersOfA(200) }],
  listInvitations: [{ request: (world) => ({ params: { cohortId: world.cohortA } }), expect: coordinatorOfA(200) }],
  createInvitation: [
    {
      request: (world) => ({
        params: { cohortId: world.cohortA },
        body: { email: `invitee-${randomBytes(4).toString('hex')}@example.org`, role: 'candidate' },
      }),
      expect: coordinatorOfA(201),
    },
  ],
  revokeInvitation: [
    {
      request: async (world) => ({ params: { cohortId: world.cohortA, invitationId: (await world.newInvitationA()).id } }),
      expect: coordinatorOfA(204),
    },
  ],
  previewInvitation: [{ request: (world) => ({ params: { token: world.invitationA.token } }), expect: everyone(200) }],
  acceptInvitation: [
    {
      name: "an invitation addressed to the candidate (to a cohort of the inviter's)",
      request: async (world) => {
        const cohort = await world.inviter.client.call(routes.createCohort, {
          body: { name: `Invited ${randomBytes(3).toString('hex')}` },
        });
        const invitation = await world.inviter.client.call(routes.createInvitation, {
          params: { cohortId: cohort.body.id },
          body: { email: world.people.candidate.email, role: 'candidate' },
        });
        return { params: { token: invitation.body.link!.split('/join/')[1] } };
      },
      expect: { ...signedIn(403), candidate: 200 },
    },
  ],
  listQuestions: [{ request: (world) => ({ query: { cohortId: world.cohortA } }), expect: membersOfA(200) }],
  getQuestion: [{ request: (world) => ({ params: { questionId: world.privateQuestionA } }), expect: membersOfA(200, HIDDEN) }],
  createQuestion: [
    { request: (world) => ({ params: { cohortId: world.cohortA }, body: worldQuestion }), expect: coordinatorOfA(201) },
  ],
  updateQuestion: [
    {
      request: (world) => ({
        params: { questionId: world.privateQuestionA },
        body: { ...worldQuestion, prompt: 'Why this program, really?' },
      }),
      expect: coordinatorOfA(200, 403, HIDDEN),
    },
  ],
  cloneQuestion: [
    {
      request: (world, actor) => ({ params: { questionId: world.privateQuestionA }, body: cloneTarget(world, actor) }),
      expect: coordinatorOfA(201, 403, HIDDEN),
    },
    {
      name: 'into cohort B',
      request: (world) => ({ params: { questionId: world.privateQuestionA }, body: { cohortId: world.cohortB } }),
      expect: { ...coordinatorOfA(403, 403, HIDDEN) },
    },
  ],
  retireQuestion: [
    {
      request: async (world) => ({ params: { questionId: await world.newQuestionA() } }),
      expect: coordinatorOfA(200, 403, HIDDEN),
    },
  ],
  listScripts: [{ request: (world) => ({ query: { cohortId: world.cohortA } }), expect: membersOfA(200) }],
  getScript: [{ request: (world) => ({ params: { scriptId: world.privateScriptA } }), expect: membersOfA(200, HIDDEN) }],
  createScript: [
    {
      request: (world) => ({ params: { cohortId: world.cohortA }, body: worldScript(world.privateQuestionA, 'Another script') }),
      expect: coordinatorOfA(201),
    },
  ],
  updateScript: [
    {
      request: (world) => ({
        params: { scriptId: world.privateScriptA },
        body: worldScript(world.privateQuestionA, 'Edited script'),
      }),
      expect: coordinatorOfA(200, 403, HIDDEN),
    },
  ],
  cloneScript: [
    {
      request: (world, actor) => ({ params: { scriptId: world.privateScriptA }, body: cloneTarget(world, actor) }),
      expect: coordinatorOfA(201, 403, HIDDEN),
    },
  ],
  retireScript: [
    { request: async (world) => ({ params: { scriptId: await world.newScriptA() } }), expect: coordinatorOfA(200, 403, HIDDEN) },
  ],
  proposeQuestion: [
    {
      request: (world) => ({
        params: { cohortId: world.cohortA },
        body: { ...worldQuestion, prompt: `Proposal ${randomBytes(3).toString('hex')}?` },
      }),
      expect: { ...coordinatorOfA(403), mentor: 201 },
    },
  ],
  listProposals: [
    { request: (world) => ({ params: { cohortId: world.cohortA } }), expect: { ...coordinatorOfA(200), mentor: 200 } },
  ],
  acceptProposal: [
    {
      request: async (world) => ({ params: { proposalId: await world.newProposalA() } }),
      expect: coordinatorOfA(200, 403, HIDDEN),
    },
  ],
  rejectProposal: [
    {
      request: async (world) => ({ params: { proposalId: await world.newProposalA() } }),
      expect: coordinatorOfA(200, 403, HIDDEN),
    },
  ],
  getAvailability: [{ request: () => ({}), expect: signedIn(200) }],
  updateAvailability: [{ request: () => ({ body: ALWAYS_AVAILABLE }), expect: signedIn(200) }],
  proposeSlots: [
    {
      request: (world) => ({ query: { cohortId: world.cohortA, kind: 'mentor_interview', track: WORLD_TRACK, days: '3' } }),
      expect: { ...membersOfA(403), candidate: 200, otherCandidate: 200 },
    },
  ],
  bookSession: [
    {
      request: (world) => ({
        body: {
          cohortId: world.cohortA,
          kind: 'mentor_interview',
          track: WORLD_TRACK,
          partnerId: world.people.mentor.user.id,
          startsAt: world.nextStart(),
          durationMinutes: 30,
        },
      }),
      expect: { ...membersOfA(403), candidate: 201, otherCandidate: 201 },
    },
    {
      name: "with cohort B's mentor",
      request: (world) => ({
        body: {
          cohortId: world.cohortA,
          kind: 'mentor_interview',
          track: WORLD_TRACK,
          partnerId: world.mentorOfB.user.id,
          startsAt: world.nextStart(),
          durationMinutes: 30,
        },
      }),
      expect: { ...membersOfA(403), candidate: HIDDEN, otherCandidate: HIDDEN },
    },
  ],
  scheduleSession: [
    {
      request: (world) => ({
        params: { cohortId: world.cohortA },
        body: {
          kind: 'mentor_interview',
          track: WORLD_TRACK,
          startsAt: world.nextStart(),
          participants: [
            { userId: world.people.candidate.user.id, role: 'candidate' },
            { userId: world.people.mentor.user.id, role: 'interviewer' },
          ],
          scriptId: world.privateScriptA,
        },
      }),
      expect: coordinatorOfA(201),
    },
    {
      name: "in cohort A, with cohort B's candidate",
      request: (world) => ({
        params: { cohortId: world.cohortA },
        body: {
          kind: 'mentor_interview',
          track: WORLD_TRACK,
          startsAt: world.nextStart(),
          participants: [
            { userId: world.people.candidateOfB.user.id, role: 'candidate' },
            { userId: world.people.mentor.user.id, role: 'interviewer' },
          ],
        },
      }),
      expect: { ...coordinatorOfA(403), coordinator: [400, 403, 404] },
    },
    {
      name: "in cohort B, with cohort A's private script",
      request: (world) => ({
        params: { cohortId: world.cohortB },
        body: {
          kind: 'mentor_interview',
          track: WORLD_TRACK,
          startsAt: world.nextStart(),
          participants: [
            { userId: world.people.candidateOfB.user.id, role: 'candidate' },
            { userId: world.mentorOfB.user.id, role: 'interviewer' },
          ],
          scriptId: world.privateScriptA,
        },
      }),
      expect: { ...coordinatorOfA(403), otherCoordinator: HIDDEN },
    },
  ],
  listSessions: [
    { name: 'your own', request: () => ({}), expect: signedIn(200) },
    { name: "cohort A's", request: (world) => ({ query: { cohortId: world.cohortA } }), expect: coordinatorOfA(200) },
    {
      name: "cohort B's",
      request: (world) => ({ query: { cohortId: world.cohortB } }),
      expect: { ...coordinatorOfA(403), otherCoordinator: 200 },
    },
  ],
  getSession: [{ request: (world) => ({ params: { sessionId: world.sessionA } }), expect: sessionPeople(200) }],
  cancelSession: [
    {
      request: async (world) => ({ params: { sessionId: await world.newSessionA() }, body: { reason: 'Clinic shift moved' } }),
      expect: sessionPeople(200),
    },
  ],
  rescheduleSession: [
    {
      request: async (world) => ({
        params: { sessionId: await world.newSessionA() },
        body: { startsAt: world.nextStart(), reason: 'Clinic shift moved' },
      }),
      expect: sessionPeople(200),
    },
  ],
  markNoShow: [
    {
      name: 'a session that has started; the candidate marks the mentor, everyone else the candidate',
      request: async (world, actor) => {
        const sessionId = await world.newSessionA();
        await startedNow(sessionId);
        const absent = actor === 'candidate' ? world.people.mentor : world.people.candidate;
        return { params: { sessionId }, body: { userId: absent.user.id } };
      },
      expect: sessionPeople(200),
    },
  ],
  clearNoShow: [
    {
      name: 'the candidate was recorded absent by the coordinator; only coordinators clear it',
      request: async (world) => {
        const sessionId = await world.newSessionA();
        await startedNow(sessionId);
        const userId = world.people.candidate.user.id;
        const marked = await world.client('coordinator').call(routes.markNoShow, { params: { sessionId }, body: { userId } });
        expect(marked.status).toBe(200);
        return { params: { sessionId }, body: { userId, reason: 'She joined by phone' } };
      },
      expect: { ...sessionPeople(403), coordinator: 200 },
    },
  ],
  sessionCalendar: [{ request: (world) => ({ params: { sessionId: world.sessionA } }), expect: sessionPeople(200) }],
  roomSummary: [{ request: (world) => ({ params: { sessionId: world.sessionA } }), expect: sessionPeople(200) }],
  joinStandby: [
    {
      request: (world) => {
        const from = Date.parse(world.nextStart());
        return {
          params: { cohortId: world.cohortA },
          body: { from: new Date(from).toISOString(), to: new Date(from + 3_600_000).toISOString(), track: WORLD_TRACK },
        };
      },
      expect: { ...membersOfA(403), candidate: 201, otherCandidate: 201 },
    },
  ],
  listStandby: [{ request: (world) => ({ params: { cohortId: world.cohortA } }), expect: membersOfA(200) }],
  leaveStandby: [
    {
      name: "the candidate's own window",
      request: async (world) => ({ params: { cohortId: world.cohortA, entryId: await world.newStandbyEntryA() } }),
      expect: { ...membersOfA(404), candidate: 204 },
    },
  ],
  acceptStandbyOffer: [
    {
      name: 'a seat offered to the candidate',
      request: async (world) => ({ params: { offerId: await world.newStandbyOfferA() } }),
      expect: { ...signedIn(404), candidate: 200 },
    },
  ],
  createVideoToken: [
    {
      name: 'a session under way; coordinators get a hidden observer token',
      request: async (world) => {
        const sessionId = await world.newSessionA();
        await startedNow(sessionId);
        return { params: { sessionId } };
      },
      expect: sessionPeople(200),
    },
  ],
  createCallIceServers: [
    {
      name: 'a session under way; only its two participants take part in a direct call',
      request: async (world) => ({ params: { sessionId: await sessionUnderWayA(world) } }),
      expect: { ...sessionPeople(200), coordinator: 403 },
    },
  ],
  livekitWebhook: [
    {
      name: 'unsigned: only LiveKit’s signature counts, whoever is signed in',
      request: (world) => ({
        body: {
          id: 'EV_unsigned',
          event: 'participant_joined',
          createdAt: '1767225600',
          room: { name: `rounds-session-${world.sessionA}` },
        },
      }),
      expect: everyone(401),
    },
  ],
  devMailbox: [{ request: () => ({}), expect: signedIn(200) }],
  sessionFeedback: [
    {
      name: 'an ended session',
      request: async (world) => ({ params: { sessionId: await endedSessionA(world) } }),
      expect: sessionPeople(200),
    },
    {
      name: 'a session still ahead',
      request: (world) => ({ params: { sessionId: world.sessionA } }),
      expect: sessionPeople(409),
    },
  ],
  getFeedbackForm: [
    {
      name: "an ended session's interviewer form: only its interviewer writes one",
      request: async (world) => ({ params: { sessionId: await endedSessionA(world), kind: 'interviewer' } }),
      expect: { ...sessionPeople(403), mentor: 200 },
    },
  ],
  saveFeedbackDraft: [
    {
      name: "an ended session's interviewer form",
      request: async (world) => ({
        params: { sessionId: await endedSessionA(world), kind: 'interviewer' },
        body: { strengths: 'Clear, well-paced answers.' },
      }),
      expect: { ...sessionPeople(403), mentor: 200 },
    },
  ],
  submitFeedback: [
    {
      name: "an ended session's self form: only its candidate has one",
      request: async (world) => ({
        params: { sessionId: await endedSessionA(world), kind: 'self' },
        body: { scores: { motivation_fit: 3 }, reflection: 'I rushed the opening.' },
      }),
      expect: { ...sessionPeople(403), candidate: 200 },
    },
  ],
  requestFeedback: [
    {
      name: 'the candidate asks the mentor of an ended session',
      request: async (world) => ({ params: { sessionId: await endedSessionA(world) }, body: {} }),
      expect: { ...sessionPeople(403), candidate: 202 },
    },
  ],
  thankYouDraft: [
    {
      name: 'the candidate of an ended session',
      request: async (world) => ({ params: { sessionId: await endedSessionA(world) } }),
      expect: { ...sessionPeople(403), candidate: 200 },
    },
  ],
  sendThankYou: [
    {
      name: 'the candidate of an ended session thanks its mentor',
      request: async (world) => ({
        params: { sessionId: await endedSessionA(world) },
        body: { to: world.people.mentor.user.id, body: 'Thank you for the practice interview.' },
      }),
      expect: { ...sessionPeople(403), candidate: 202 },
    },
  ],
  myProgress: [{ request: () => ({}), expect: signedIn(200) }],
  feedbackOverview: [{ request: (world) => ({ params: { cohortId: world.cohortA } }), expect: coordinatorOfA(200) }],
  feedbackCsv: [{ request: (world) => ({ params: { cohortId: world.cohortA } }), expect: coordinatorOfA(200) }],
  createInterviewDay: [
    {
      name: 'a one-station day in cohort A, at a time of its own',
      request: (world) => ({ params: { cohortId: world.cohortA }, body: world.interviewDayBodyA() }),
      expect: coordinatorOfA(201),
    },
  ],
  listInterviewDays: [{ request: (world) => ({ params: { cohortId: world.cohortA } }), expect: coordinatorOfA(200) }],
  // The day's candidate and interviewer are the session people: candidate and mentor.
  getInterviewDay: [{ request: (world) => ({ params: { dayId: world.interviewDayA } }), expect: sessionPeople(200) }],
  cohortMemberActivity: [{ request: (world) => ({ params: { cohortId: world.cohortA } }), expect: coordinatorOfA(200) }],
  updateInterviewDay: [
    {
      name: 'rename the day',
      request: (world) => ({ params: { dayId: world.interviewDayA }, body: { title: 'Cohort A interview day, renamed' } }),
      expect: { ...sessionPeople(403), coordinator: 200 },
    },
  ],
  cancelInterviewDay: [
    {
      name: 'a day of its own, called off',
      request: async (world) => ({ params: { dayId: await world.newInterviewDayA() }, body: { reason: 'The venue is closed.' } }),
      expect: { ...sessionPeople(403), coordinator: 200 },
    },
  ],
  interviewDayLive: [
    {
      request: (world) => ({ params: { dayId: world.interviewDayA } }),
      expect: { ...sessionPeople(403), coordinator: 200 },
    },
  ],
  interviewDayScores: [
    {
      request: (world) => ({ params: { dayId: world.interviewDayA } }),
      expect: { ...sessionPeople(200), mentor: 403 },
    },
  ],
  interviewDayScoresCsv: [
    {
      request: (world) => ({ params: { dayId: world.interviewDayA } }),
      expect: { ...sessionPeople(403), coordinator: 200 },
    },
  ],
};

/** A row signs seven people in afresh on some routes (argon2 each): generous for a busy machine. */
const ROW_TIMEOUT_MS = 30_000;

let t: TestApp;
let world: FixtureWorld;

async function startedNow(sessionId: string): Promise<void> {
  await t.sql(
    `UPDATE sessions SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '20 minutes' WHERE id = $1`,
    [sessionId],
  );
}

let underWayA: Promise<string> | undefined;
/** One session of cohort A under way now (made on first use), for the rows of the direct call. */
function sessionUnderWayA(world: FixtureWorld): Promise<string> {
  underWayA ??= world.newSessionA().then(async (sessionId) => {
    await startedNow(sessionId);
    return sessionId;
  });
  return underWayA;
}

/** A new session of cohort A that took place and was completed (the room marks sessions so when it ends). */
async function endedSessionA(world: FixtureWorld): Promise<string> {
  const sessionId = await world.newSessionA();
  await t.sql(
    `UPDATE sessions SET status = 'completed', starts_at = now() - interval '40 minutes', ends_at = now() - interval '10 minutes' WHERE id = $1`,
    [sessionId],
  );
  return sessionId;
}

function matches(expected: Expected, status: number): boolean {
  return typeof expected === 'number' ? expected === status : expected.includes(status);
}

beforeAll(async () => {
  // LiveKit configured (no server is needed to mint tokens), so the token route answers past its 503.
  t = await startTestApp({
    LIVEKIT_URL: 'ws://127.0.0.1:7880',
    LIVEKIT_API_KEY: 'authorization-test-key',
    LIVEKIT_API_SECRET: 'authorization-test-secret-of-32-characters',
  });
  world = await buildFixtureWorld(t);
}, 60_000);
afterAll(() => t.close());

describe('authorization matrix', () => {
  it('has a row for every route in the shared route table', () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(routes).sort());
  });

  describe.each(
    Object.entries(matrix).flatMap(([route, scenarios]) =>
      scenarios.map((scenario) => ({ route: route as RouteName, scenario })),
    ),
  )('$route', ({ route, scenario }) => {
    const endpoint: Endpoint = routes[route];
    it(
      `${endpoint.method} ${endpoint.path}${scenario.name ? ` (${scenario.name})` : ''}: ${ACTORS.join(', ')}`,
      async () => {
        const actual: Partial<Record<Actor, Expected>> = {};
        for (const actor of ACTORS) {
          const cell = await scenario.request(world, actor);
          const client = cell.client ?? world.client(actor);
          const response = await client.call(endpoint, { params: cell.params, query: cell.query, body: cell.body });
          // A cell that matches keeps the expected form, so the diff shows only the cells that differ.
          actual[actor] = matches(scenario.expect[actor], response.status) ? scenario.expect[actor] : response.status;
          if (response.status >= 400) expect(response.contentType).toContain('application/problem+json');
        }
        expect(actual).toEqual(scenario.expect);
      },
      ROW_TIMEOUT_MS,
    );
  });
});

type SocketOutcome = 'ok' | string;

/** Socket events × actors: the outcome is "ok" or the acknowledgement's (or refused connection's) error code. */
const socketMatrix: Record<ClientEventName, { payload(world: FixtureWorld): unknown; expect: Record<Actor, SocketOutcome> }> = {
  'practice:join': {
    payload: (world) => ({ cohortId: world.cohortA, track: WORLD_TRACK, level: 'mid' }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      candidate: 'ok',
      otherCandidate: 'ok',
      mentor: 'NOT_A_CANDIDATE',
      coordinator: 'NOT_A_CANDIDATE',
      // "Only candidates of that cohort may do this" covers outsiders too.
      otherCoordinator: 'NOT_A_CANDIDATE',
      candidateOfB: 'NOT_A_CANDIDATE',
    },
  },
  'practice:confirm': {
    // Nobody has a waiting ticket of that id: the event is refused the same way for everyone signed in.
    payload: () => ({ ticketId: '00000000-0000-4000-8000-000000000000' }),
    expect: { ...Object.fromEntries(ACTORS.map((a) => [a, 'NOT_FOUND'])), anonymous: 'UNAUTHENTICATED' } as Record<
      Actor,
      SocketOutcome
    >,
  },
  'practice:leave': {
    payload: () => ({}),
    expect: { ...Object.fromEntries(ACTORS.map((a) => [a, 'ok'])), anonymous: 'UNAUTHENTICATED' } as Record<Actor, SocketOutcome>,
  },
  // The session's two people enter as themselves, cohort A's coordinator as an observer.
  'room:join': {
    payload: (world) => ({ sessionId: world.sessionA }),
    expect: roomOutcomes({ candidate: 'ok', coordinator: 'ok' }),
  },
  // Only the interviewer (the mentor) starts the interview; observers take no action.
  'room:action': {
    payload: (world) => ({ sessionId: world.sessionA, version: 0, action: { type: 'start' } }),
    expect: roomOutcomes({}),
  },
  'room:note': {
    payload: async (world) => ({
      sessionId: world.sessionA,
      questionId: await firstScriptQuestion(world.sessionA),
      text: 'Good opening.',
    }),
    expect: roomOutcomes({}),
  },
  // The room's chat: its two participants only; the coordinator watching neither reads nor writes it.
  'chat:send': {
    payload: (world) => ({ sessionId: world.sessionA, text: 'Can you hear me?' }),
    expect: roomOutcomes({ candidate: 'ok' }),
  },
  'chat:history': {
    payload: (world) => ({ sessionId: world.sessionA }),
    expect: roomOutcomes({ candidate: 'ok' }),
  },
  // A direct call's signalling and media reports: its two participants only, never the coordinator watching.
  'call:signal': {
    payload: async (world) => ({ sessionId: await sessionUnderWayA(world), peer: 'authorization-matrix' }),
    expect: roomOutcomes({ candidate: 'ok' }),
  },
  'call:media': {
    payload: async (world) => ({ sessionId: await sessionUnderWayA(world), state: 'connected' }),
    expect: roomOutcomes({ candidate: 'ok' }),
  },
};

/** A room event's row: the mentor (session A's interviewer) succeeds, the others named, everyone else FORBIDDEN. */
function roomOutcomes(others: Partial<Record<Actor, SocketOutcome>>): Record<Actor, SocketOutcome> {
  return {
    ...(Object.fromEntries(ACTORS.map((a) => [a, 'FORBIDDEN'])) as Record<Actor, SocketOutcome>),
    anonymous: 'UNAUTHENTICATED',
    mentor: 'ok',
    ...others,
  };
}

async function firstScriptQuestion(sessionId: string): Promise<string> {
  const [row] = await t.sql<{ id: string }>(
    `SELECT c.content -> 'sections' -> 0 -> 'questions' -> 0 ->> 'questionId' AS id
       FROM sessions s JOIN script_snapshots c ON c.id = s.script_snapshot_id WHERE s.id = $1`,
    [sessionId],
  );
  return row.id;
}

describe('socket authorization', () => {
  it('has a row for every client event', () => {
    expect(Object.keys(socketMatrix).sort()).toEqual(Object.keys(clientEvents).sort());
  });

  it.each(Object.keys(socketMatrix) as ClientEventName[])(
    '%s',
    async (event) => {
      const row = socketMatrix[event];
      const actual: Partial<Record<Actor, SocketOutcome>> = {};
      for (const actor of ACTORS) {
        if (actor === 'anonymous') {
          actual[actor] = (await refusedConnection(t.baseUrl)).data?.code ?? 'connected';
          continue;
        }
        const socket = await connectSocket(t.baseUrl, { cookie: world.client(actor).sessionCookie });
        const ack = await request(socket, event, await row.payload(world));
        actual[actor] = isSocketFailure(ack) ? ack.error.code : 'ok';
        // Give the place up again, so the next candidate is not paired with this one.
        if (event === 'practice:join' && !isSocketFailure(ack)) await request(socket, 'practice:leave', {});
        await closeSockets([socket]);
      }
      expect(actual).toEqual(row.expect);
    },
    ROW_TIMEOUT_MS,
  );
});
