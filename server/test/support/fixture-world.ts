import { routes, type CreateInterviewDayRequest, type QuestionContent, type Role, type Track } from '@rounds/shared';
import { randomBytes } from 'node:crypto';
import { StandbyOffersService } from '../../src/standby/standby-offers.service.js';
import type { ApiClient } from './api-client.js';
import { addToCohort, newCohort, newUser, TEST_PASSWORD, type TestPerson } from './factories.js';
import type { TestApp } from './test-app.js';

/**
 * The people an authorization test speaks as. "candidate" and "mentor" are the two participants of cohort A's
 * session (and the owners of what they made); "otherCandidate" is in cohort A but not in that session.
 */
export const ACTORS = [
  'anonymous',
  'candidate',
  'otherCandidate',
  'mentor',
  'coordinator',
  'otherCoordinator',
  'candidateOfB',
] as const;
export type Actor = (typeof ACTORS)[number];

export const WORLD_TRACK: Track = 'residency_fellowship';

export const worldQuestion: QuestionContent = {
  family: 'motivation',
  prompt: 'Why does this program fit you?',
  assesses: 'Specific knowledge of the program',
  probes: ['What would you change here?'],
  frameworkHint: 'Name two specifics.',
  competencies: ['motivation_fit'],
  tracks: ['residency_fellowship'],
  personas: ['program_director'],
  levelExpectations: {},
  targetSeconds: 90,
};

export function worldScript(questionId: string, title = 'Cohort A private script') {
  return {
    title,
    track: WORLD_TRACK,
    persona: 'program_director' as const,
    sections: [
      { section: 'opening' as const, minutes: 10, questionIds: [questionId] },
      { section: 'closing' as const, minutes: 10, questionIds: [] },
    ],
  };
}

/** Free every day, all day, so bookings and moves are refused only for who asks, never for the calendar. */
export const ALWAYS_AVAILABLE = {
  windows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  exceptions: [],
  weeklyCapacity: 40,
};

export interface FixtureWorld {
  people: Record<Exclude<Actor, 'anonymous'>, TestPerson>;
  /** A coordinator outside both cohorts who owns the cohorts invitations are sent from. */
  inviter: TestPerson;
  cohortA: string;
  cohortB: string;
  /** A second mentor, in cohort B, so B can hold a session of its own. */
  mentorOfB: TestPerson;
  sessionA: string;
  privateQuestionA: string;
  privateScriptA: string;
  invitationA: { id: string; token: string };
  proposalA: string;
  /** A signed-in client for each actor (a fresh cookie-less one for anonymous). */
  client(actor: Actor): ApiClient;
  /** A second, separate sign-in of that actor, for calls that end or replace a session. */
  freshSignIn(actor: Actor): Promise<ApiClient>;
  /** A new 30-minute session in cohort A between candidate and mentor, at a time no other call uses. */
  newSessionA(): Promise<string>;
  /** A start time no earlier call used: days ahead, on the half-hour grid. */
  nextStart(): string;
  newQuestionA(): Promise<string>;
  newScriptA(): Promise<string>;
  newProposalA(): Promise<string>;
  newInvitationA(): Promise<{ id: string; token: string }>;
  /** Registers a new address openly (with TEST_PASSWORD) and reads the confirmation token from its e-mail. */
  newRegistrationToken(): Promise<string>;
  /** A new account asks for a password reset; the token from its e-mail. */
  newPasswordResetToken(): Promise<string>;
  /** A new account with the actor's roles, signed in (a cookie-less client for anonymous): for calls that end or delete it. */
  freshAccount(actor: Actor): Promise<ApiClient>;
  /** The candidate's standby window in cohort A (made by newStandbyEntryA). */
  standbyEntryA: string;
  /** A seat offered to the candidate (made by newStandbyOfferA). */
  standbyOfferA: string;
  /** A new standby window of the candidate in cohort A, at a time no other call uses. */
  newStandbyEntryA(): Promise<string>;
  /**
   * A seat offered to the candidate: a peer session in cohort A between otherCandidate and a new candidate
   * marked absent, checked as if two minutes after its start (days ahead, so the offer is still open).
   */
  newStandbyOfferA(): Promise<string>;
  /** An interview day of cohort A: one 10-minute station (the mentor, the private script), the candidate moving. */
  interviewDayA: string;
  /** The body of a new one-station day of cohort A, at a time no other call uses (UTC). */
  interviewDayBodyA(): CreateInterviewDayRequest;
  /** A new interview day of cohort A (for calls that change or cancel it). */
  newInterviewDayA(): Promise<string>;
}

/** The roles each signed-in actor holds. */
const ACTOR_ROLES: Record<Exclude<Actor, 'anonymous'>, Role[]> = {
  candidate: ['candidate'],
  otherCandidate: ['candidate'],
  mentor: ['mentor'],
  coordinator: ['coordinator'],
  otherCoordinator: ['coordinator'],
  candidateOfB: ['candidate'],
};

/** The token of the latest e-mailed link of that kind to an address (read from the outbox). */
export async function readLinkToken(t: TestApp, email: string, kind: string, linkPath: string): Promise<string> {
  const [mail] = await t.sql<{ text_body: string }>(
    `SELECT text_body FROM outbox_messages WHERE to_address = $1 AND kind = $2 ORDER BY created_at DESC LIMIT 1`,
    [email.toLowerCase(), kind],
  );
  const token = new RegExp(`${linkPath}([A-Za-z0-9_-]+)`).exec(mail?.text_body ?? '')?.[1];
  if (!token) throw new Error(`fixture: no ${kind} link was sent to ${email}`);
  return token;
}

function expectStatus(what: string, response: { status: number; body: unknown }, status: number): void {
  if (response.status !== status)
    throw new Error(`fixture: ${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
}

/**
 * Two cohorts built through the real API: A (coordinator, mentor, two candidates, a session, a private script
 * and question, an invitation, a proposal) and B (coordinator, mentor, candidate).
 */
export async function buildFixtureWorld(t: TestApp): Promise<FixtureWorld> {
  const a = await newCohort(t, 'Cohort A');
  const b = await newCohort(t, 'Cohort B');
  const [candidate, otherCandidate, mentor, candidateOfB, mentorOfB, inviter] = await Promise.all([
    newUser(t, { displayName: 'Candidate A' }),
    newUser(t, { displayName: 'Other candidate A' }),
    newUser(t, { roles: ['mentor'], displayName: 'Mentor A' }),
    newUser(t, { displayName: 'Candidate B' }),
    newUser(t, { roles: ['mentor'], displayName: 'Mentor B' }),
    newUser(t, { roles: ['coordinator'], displayName: 'Inviter' }),
  ]);
  await addToCohort(t, a.cohortId, candidate, 'candidate');
  await addToCohort(t, a.cohortId, otherCandidate, 'candidate');
  await addToCohort(t, a.cohortId, mentor, 'mentor');
  await addToCohort(t, b.cohortId, candidateOfB, 'candidate');
  await addToCohort(t, b.cohortId, mentorOfB, 'mentor');
  for (const person of [candidate, otherCandidate, mentor, candidateOfB, mentorOfB]) {
    expectStatus('availability', await person.client.call(routes.updateAvailability, { body: ALWAYS_AVAILABLE }), 200);
  }
  const people = { candidate, otherCandidate, mentor, coordinator: a.coordinator, otherCoordinator: b.coordinator, candidateOfB };
  const coordinator = a.coordinator.client;
  const cohortA = a.cohortId;

  // Sessions start at least two days ahead (nothing is booked under 30 minutes; the practice queue's
  // "busy in the next slot" never applies), one hour apart, so no two calls ever overlap.
  const firstStart = Math.ceil((Date.now() + 2 * 86_400_000) / 3_600_000) * 3_600_000;
  let slot = 0;
  const nextStart = () => new Date(firstStart + 5 * 3_600_000 * slot++).toISOString();

  const newSessionA = async () => {
    const created = await coordinator.call(routes.scheduleSession, {
      params: { cohortId: cohortA },
      body: {
        kind: 'mentor_interview',
        track: WORLD_TRACK,
        startsAt: nextStart(),
        durationMinutes: 30,
        participants: [
          { userId: candidate.user.id, role: 'candidate' },
          { userId: mentor.user.id, role: 'interviewer' },
        ],
      },
    });
    expectStatus('session', created, 201);
    return created.body.id;
  };
  const newQuestionA = async () => {
    const created = await coordinator.call(routes.createQuestion, { params: { cohortId: cohortA }, body: worldQuestion });
    expectStatus('question', created, 201);
    return created.body.id;
  };
  const newScriptA = async () => {
    const created = await coordinator.call(routes.createScript, {
      params: { cohortId: cohortA },
      body: worldScript(await newQuestionA()),
    });
    expectStatus('script', created, 201);
    return created.body.id;
  };
  const newProposalA = async () => {
    const created = await mentor.client.call(routes.proposeQuestion, {
      params: { cohortId: cohortA },
      body: { ...worldQuestion, prompt: `Proposed question ${randomBytes(3).toString('hex')}?` },
    });
    expectStatus('proposal', created, 201);
    return created.body.id;
  };
  const newRegistrationToken = async () => {
    const email = `registrant-${randomBytes(4).toString('hex')}@example.org`;
    const registered = await t.client().call(routes.register, {
      body: { email, password: TEST_PASSWORD, displayName: 'New Person', timeZone: 'UTC' },
    });
    expectStatus('registration', registered, 202);
    return readLinkToken(t, email, 'registration-confirmation', '/register/confirm/');
  };
  const newPasswordResetToken = async () => {
    const person = await newUser(t);
    const requested = await t.client().call(routes.requestPasswordReset, { body: { email: person.email } });
    expectStatus('password reset request', requested, 202);
    return readLinkToken(t, person.email, 'password-reset', '/reset-password/');
  };
  const newInvitationA = async () => {
    const created = await coordinator.call(routes.createInvitation, {
      params: { cohortId: cohortA },
      body: { email: `invitee-${randomBytes(4).toString('hex')}@example.org`, role: 'candidate' },
    });
    expectStatus('invitation', created, 201);
    return { id: created.body.id, token: created.body.link!.split('/join/')[1] };
  };

  const newStandbyEntryA = async () => {
    const from = Date.parse(nextStart());
    const created = await candidate.client.call(routes.joinStandby, {
      params: { cohortId: cohortA },
      body: { from: new Date(from).toISOString(), to: new Date(from + 3_600_000).toISOString(), track: WORLD_TRACK },
    });
    expectStatus('standby entry', created, 201);
    return created.body.id;
  };
  const newStandbyOfferA = async () => {
    const absent = await newUser(t, { displayName: 'Absent peer A' });
    await addToCohort(t, cohortA, absent, 'candidate');
    const startsAt = nextStart();
    const start = Date.parse(startsAt);
    const session = await coordinator.call(routes.scheduleSession, {
      params: { cohortId: cohortA },
      body: {
        kind: 'peer_swap',
        track: WORLD_TRACK,
        startsAt,
        durationMinutes: 30,
        participants: [
          { userId: otherCandidate.user.id, role: 'candidate' },
          { userId: absent.user.id, role: 'candidate' },
        ],
      },
    });
    expectStatus('peer session', session, 201);
    const standby = await candidate.client.call(routes.joinStandby, {
      params: { cohortId: cohortA },
      body: {
        from: new Date(start - 1_800_000).toISOString(),
        to: new Date(start + 3_600_000).toISOString(),
        track: WORLD_TRACK,
      },
    });
    expectStatus('standby entry', standby, 201);
    // Not appeared, as the placeholder attendance source reads it (the session has not started, so no route can mark it).
    await t.sql(`UPDATE session_participants SET no_show = true, active = false WHERE session_id = $1 AND user_id = $2`, [
      session.body.id,
      absent.user.id,
    ]);
    const [offer] = await t.app.get(StandbyOffersService).offerSeatsOf(session.body.id, start + 2 * 60_000);
    if (!offer) throw new Error('fixture: no standby offer was made');
    return offer.offerId;
  };

  const privateQuestionA = await newQuestionA();
  const privateScriptA = await newScriptA();
  const interviewDayBodyA = (): CreateInterviewDayRequest => {
    const startsAt = nextStart();
    return {
      title: 'Cohort A interview day',
      date: startsAt.slice(0, 10),
      startTime: startsAt.slice(11, 16),
      timeZone: 'UTC',
      stations: [{ persona: 'program_director', scriptId: privateScriptA, minutes: 10, interviewerId: mentor.user.id }],
      candidateIds: [candidate.user.id],
    };
  };
  const newInterviewDayA = async () => {
    const created = await coordinator.call(routes.createInterviewDay, {
      params: { cohortId: cohortA },
      body: interviewDayBodyA(),
    });
    expectStatus('interview day', created, 201);
    return created.body.id;
  };
  const world: FixtureWorld = {
    people,
    inviter,
    cohortA,
    cohortB: b.cohortId,
    mentorOfB,
    sessionA: await newSessionA(),
    privateQuestionA,
    privateScriptA,
    invitationA: await newInvitationA(),
    proposalA: await newProposalA(),
    client: (actor) => (actor === 'anonymous' ? t.client() : people[actor].client),
    freshSignIn: async (actor) => {
      const client = t.client();
      if (actor === 'anonymous') return client;
      expectStatus(
        'sign-in',
        await client.call(routes.login, { body: { email: people[actor].email, password: TEST_PASSWORD } }),
        200,
      );
      return client;
    },
    newSessionA,
    nextStart,
    newQuestionA,
    newScriptA,
    newProposalA,
    newInvitationA,
    newRegistrationToken,
    newPasswordResetToken,
    freshAccount: async (actor) => {
      if (actor === 'anonymous') return t.client();
      return (await newUser(t, { roles: ACTOR_ROLES[actor], displayName: `Fresh ${actor}` })).client;
    },
    standbyEntryA: await newStandbyEntryA(),
    standbyOfferA: await newStandbyOfferA(),
    newStandbyEntryA,
    newStandbyOfferA,
    interviewDayA: await newInterviewDayA(),
    interviewDayBodyA,
    newInterviewDayA,
  };
  return world;
}
