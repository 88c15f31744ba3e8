import { z } from 'zod';
import {
  authSessionSchema,
  confirmationSentSchema,
  confirmRegistrationRequestSchema,
  loginRequestSchema,
  registerRequestSchema,
} from '../schemas/auth.schema.js';
import {
  cohortDetailSchema,
  cohortSchema,
  createCohortRequestSchema,
  createInvitationRequestSchema,
  invitationPreviewSchema,
  invitationSchema,
} from '../schemas/cohort.schema.js';
import { healthSchema, livenessSchema, readinessSchema } from '../schemas/health.schema.js';
import { devMailboxSchema } from '../schemas/mailbox.schema.js';
import { updateProfileRequestSchema, userSchema } from '../schemas/user.schema.js';
import {
  cloneRequestSchema,
  createQuestionRequestSchema,
  interviewerQuestionSchema,
  questionFilterSchema,
  questionProposalSchema,
  questionViewSchema,
  scriptDetailSchema,
  scriptFilterSchema,
  scriptInputSchema,
  scriptSummarySchema,
} from '../questions/question-api.schema.js';
import {
  availabilitySchema,
  bookSessionRequestSchema,
  cancelSessionRequestSchema,
  noShowRequestSchema,
  rescheduleSessionRequestSchema,
  scheduleSessionRequestSchema,
  sessionListQuerySchema,
  sessionSchema,
  slotProposalSchema,
  slotQuerySchema,
  updateAvailabilityRequestSchema,
} from '../scheduling/scheduling.schema.js';
import { defineEndpoint } from './endpoint.js';

export const publicConfigSchema = z.object({
  openRegistration: z.boolean().describe('whether people may register without an invitation'),
});
export type PublicConfig = z.infer<typeof publicConfigSchema>;

/**
 * Every HTTP route of the API. Controllers bind to these; OpenAPI and the client are built from them.
 * GET /metrics (Prometheus text, outside /api, guarded by METRICS_TOKEN) is deliberately not here: it is an
 * operator's scrape target, not part of the API, and has no JSON contract.
 */
export const routes = {
  health: defineEndpoint({
    method: 'GET', path: '/api/health', tag: 'health', access: 'public', status: 200,
    summary: 'Liveness and database status (503 when the database cannot be reached)',
    response: healthSchema, errors: [503],
  }),
  liveness: defineEndpoint({
    method: 'GET', path: '/api/health/live', tag: 'health', access: 'public', status: 200,
    summary: 'Liveness probe: 200 while the process runs (touches no database)',
    response: livenessSchema,
  }),
  readiness: defineEndpoint({
    method: 'GET', path: '/api/health/ready', tag: 'health', access: 'public', status: 200,
    summary: 'Readiness probe: 200 when the database answers and every migration is applied; 503 (naming what is missing) otherwise and while shutting down',
    response: readinessSchema, errors: [503],
  }),
  publicConfig: defineEndpoint({
    method: 'GET', path: '/api/config', tag: 'health', access: 'public', status: 200,
    summary: 'Settings the sign-in and registration pages need',
    response: publicConfigSchema,
  }),
  register: defineEndpoint({
    method: 'POST', path: '/api/auth/register', tag: 'auth', access: 'public', status: 201,
    summary: 'Create an account. Through an invitation (and for the first account of a new deployment) the account is '
      + 'created and signed in at once (201). Open registration answers 202 whether or not the address has an account, '
      + 'and e-mails it either a link to finish (see confirmRegistration) or a note that it already has one',
    body: registerRequestSchema, maxBodyBytes: 8 * 1024, response: userSchema, errors: [403, 404, 409, 410, 429],
    alternative: {
      status: 202,
      description: 'Open registration: an e-mail went to the address, which tells the person how to go on; no session yet',
      response: confirmationSentSchema,
    },
  }),
  confirmRegistration: defineEndpoint({
    method: 'POST', path: '/api/auth/register/confirm', tag: 'auth', access: 'public', status: 201,
    summary: 'Finish an open registration with the token from its e-mail link: creates the account and signs in. '
      + 'The link works once (404 after), expires (410), and fails if the address got an account meanwhile (409)',
    body: confirmRegistrationRequestSchema, maxBodyBytes: 4 * 1024, response: userSchema, errors: [404, 409, 410],
  }),
  login: defineEndpoint({
    method: 'POST', path: '/api/auth/login', tag: 'auth', access: 'public', status: 200,
    summary: 'Sign in with e-mail and password; sets the session cookie',
    body: loginRequestSchema, maxBodyBytes: 4 * 1024, response: userSchema, errors: [401, 429],
  }),
  logout: defineEndpoint({
    method: 'POST', path: '/api/auth/logout', tag: 'auth', access: 'public', status: 204,
    summary: 'End the current session and clear the cookie',
  }),
  session: defineEndpoint({
    method: 'GET', path: '/api/auth/session', tag: 'auth', access: 'public', status: 200,
    summary: 'Who is signed in, if anyone: { user: null } when signed out (a probe that never answers 401)',
    response: authSessionSchema,
  }),
  me: defineEndpoint({
    method: 'GET', path: '/api/auth/me', tag: 'auth', access: 'signed-in', status: 200,
    summary: 'The signed-in user', response: userSchema, errors: [401],
  }),
  updateMe: defineEndpoint({
    method: 'PATCH', path: '/api/auth/me', tag: 'auth', access: 'signed-in', status: 200,
    summary: 'Edit your profile', body: updateProfileRequestSchema, response: userSchema, errors: [401],
  }),
  listCohorts: defineEndpoint({
    method: 'GET', path: '/api/cohorts', tag: 'cohorts', access: 'signed-in', status: 200,
    summary: 'Cohorts you belong to', response: z.array(cohortSchema), errors: [401],
  }),
  createCohort: defineEndpoint({
    method: 'POST', path: '/api/cohorts', tag: 'cohorts', access: 'signed-in', status: 201,
    summary: 'Create a cohort (coordinators); you become its coordinator',
    body: createCohortRequestSchema, response: cohortSchema, errors: [401, 403],
  }),
  getCohort: defineEndpoint({
    method: 'GET', path: '/api/cohorts/:cohortId', tag: 'cohorts', access: 'signed-in', status: 200,
    summary: 'A cohort and its members (members of the cohort)', response: cohortDetailSchema, errors: [401, 403, 404],
  }),
  listMembers: defineEndpoint({
    method: 'GET', path: '/api/cohorts/:cohortId/members', tag: 'cohorts', access: 'signed-in', status: 200,
    summary: "A cohort's members (members of the cohort; e-mail addresses only for its coordinators)",
    response: cohortDetailSchema.shape.members, errors: [401, 403, 404],
  }),
  listInvitations: defineEndpoint({
    method: 'GET', path: '/api/cohorts/:cohortId/invitations', tag: 'cohorts', access: 'signed-in', status: 200,
    summary: "A cohort's invitations (its coordinators)", response: z.array(invitationSchema), errors: [401, 403, 404],
  }),
  createInvitation: defineEndpoint({
    method: 'POST', path: '/api/cohorts/:cohortId/invitations', tag: 'cohorts', access: 'signed-in', status: 201,
    summary: 'Invite a person by e-mail with a role (its coordinators); queues the invitation e-mail',
    body: createInvitationRequestSchema, response: invitationSchema, errors: [401, 403, 404, 409],
  }),
  revokeInvitation: defineEndpoint({
    method: 'DELETE', path: '/api/cohorts/:cohortId/invitations/:invitationId', tag: 'cohorts', access: 'signed-in',
    status: 204, summary: 'Withdraw a pending invitation (its coordinators)', errors: [401, 403, 404, 409],
  }),
  previewInvitation: defineEndpoint({
    method: 'GET', path: '/api/invitations/:token', tag: 'invitations', access: 'public', status: 200,
    summary: 'What an invitation link offers, before registering', response: invitationPreviewSchema,
    errors: [404, 409, 410],
  }),
  acceptInvitation: defineEndpoint({
    method: 'POST', path: '/api/invitations/:token/accept', tag: 'invitations', access: 'signed-in', status: 200,
    summary: 'Accept an invitation with the account you are signed in to (its address must match)',
    response: cohortSchema, errors: [401, 403, 404, 409, 410],
  }),
  listQuestions: defineEndpoint({
    method: 'GET', path: '/api/questions', tag: 'questions', access: 'signed-in', status: 200,
    summary: 'Browse and search the question bank: built-ins and your cohorts\' own. Mentors and coordinators get the interviewer view (intent, probes, framework, rubric); candidates get prompts only',
    query: questionFilterSchema, response: z.array(questionViewSchema), errors: [401, 403],
  }),
  getQuestion: defineEndpoint({
    method: 'GET', path: '/api/questions/:questionId', tag: 'questions', access: 'signed-in', status: 200,
    summary: 'One question, in the view your role allows', response: questionViewSchema, errors: [401, 403, 404],
  }),
  createQuestion: defineEndpoint({
    method: 'POST', path: '/api/cohorts/:cohortId/questions', tag: 'questions', access: 'signed-in', status: 201,
    summary: "Add a question to a cohort's bank (its coordinators)", body: createQuestionRequestSchema,
    response: interviewerQuestionSchema, errors: [401, 403, 404],
  }),
  updateQuestion: defineEndpoint({
    method: 'PUT', path: '/api/questions/:questionId', tag: 'questions', access: 'signed-in', status: 200,
    summary: "Edit a cohort's question (its coordinators): saves a new version; built-ins are read-only",
    body: createQuestionRequestSchema, response: interviewerQuestionSchema, errors: [401, 403, 404, 409],
  }),
  cloneQuestion: defineEndpoint({
    method: 'POST', path: '/api/questions/:questionId/clone', tag: 'questions', access: 'signed-in', status: 201,
    summary: "Copy a question (a built-in or your cohort's) into a cohort you coordinate", body: cloneRequestSchema,
    response: interviewerQuestionSchema, errors: [401, 403, 404],
  }),
  retireQuestion: defineEndpoint({
    method: 'POST', path: '/api/questions/:questionId/retire', tag: 'questions', access: 'signed-in', status: 200,
    summary: "Retire a cohort's question: no longer offered for new scripts; existing scripts keep it",
    response: interviewerQuestionSchema, errors: [401, 403, 404],
  }),
  listScripts: defineEndpoint({
    method: 'GET', path: '/api/scripts', tag: 'scripts', access: 'signed-in', status: 200,
    summary: 'Interview scripts: the built-in default per track and persona, and your cohorts\' own',
    query: scriptFilterSchema, response: z.array(scriptSummarySchema), errors: [401, 403],
  }),
  getScript: defineEndpoint({
    method: 'GET', path: '/api/scripts/:scriptId', tag: 'scripts', access: 'signed-in', status: 200,
    summary: 'A script with its sections, timings and questions, in the view your role allows',
    response: scriptDetailSchema, errors: [401, 403, 404],
  }),
  createScript: defineEndpoint({
    method: 'POST', path: '/api/cohorts/:cohortId/scripts', tag: 'scripts', access: 'signed-in', status: 201,
    summary: 'Build a script for a cohort (its coordinators)', body: scriptInputSchema, response: scriptDetailSchema,
    errors: [401, 403, 404],
  }),
  updateScript: defineEndpoint({
    method: 'PUT', path: '/api/scripts/:scriptId', tag: 'scripts', access: 'signed-in', status: 200,
    summary: "Edit a cohort's script (its coordinators): saves a new version; booked sessions keep their snapshot",
    body: scriptInputSchema, response: scriptDetailSchema, errors: [401, 403, 404, 409],
  }),
  cloneScript: defineEndpoint({
    method: 'POST', path: '/api/scripts/:scriptId/clone', tag: 'scripts', access: 'signed-in', status: 201,
    summary: 'Copy a script (a built-in or your cohort\'s) into a cohort you coordinate', body: cloneRequestSchema,
    response: scriptDetailSchema, errors: [401, 403, 404],
  }),
  retireScript: defineEndpoint({
    method: 'POST', path: '/api/scripts/:scriptId/retire', tag: 'scripts', access: 'signed-in', status: 200,
    summary: "Retire a cohort's script", response: scriptSummarySchema, errors: [401, 403, 404],
  }),
  proposeQuestion: defineEndpoint({
    method: 'POST', path: '/api/cohorts/:cohortId/question-proposals', tag: 'questions', access: 'signed-in', status: 201,
    summary: "Propose a question for a cohort's bank (its mentors); a coordinator accepts or rejects it",
    body: createQuestionRequestSchema, response: questionProposalSchema, errors: [401, 403, 404],
  }),
  listProposals: defineEndpoint({
    method: 'GET', path: '/api/cohorts/:cohortId/question-proposals', tag: 'questions', access: 'signed-in', status: 200,
    summary: 'Proposed questions: all of them for coordinators, your own for mentors',
    response: z.array(questionProposalSchema), errors: [401, 403, 404],
  }),
  acceptProposal: defineEndpoint({
    method: 'POST', path: '/api/question-proposals/:proposalId/accept', tag: 'questions', access: 'signed-in', status: 200,
    summary: "Accept a proposal into the cohort's bank (its coordinators)", response: questionProposalSchema,
    errors: [401, 403, 404, 409],
  }),
  rejectProposal: defineEndpoint({
    method: 'POST', path: '/api/question-proposals/:proposalId/reject', tag: 'questions', access: 'signed-in', status: 200,
    summary: 'Decline a proposal (its cohort\'s coordinators)', response: questionProposalSchema, errors: [401, 403, 404, 409],
  }),
  getAvailability: defineEndpoint({
    method: 'GET', path: '/api/availability', tag: 'scheduling', access: 'signed-in', status: 200,
    summary: 'Your weekly windows (in your own time zone), dated exceptions and, for mentors, weekly capacity',
    response: availabilitySchema, errors: [401],
  }),
  updateAvailability: defineEndpoint({
    method: 'PUT', path: '/api/availability', tag: 'scheduling', access: 'signed-in', status: 200,
    summary: 'Replace your availability', body: updateAvailabilityRequestSchema, response: availabilitySchema, errors: [401],
  }),
  proposeSlots: defineEndpoint({
    method: 'GET', path: '/api/sessions/slots', tag: 'scheduling', access: 'signed-in', status: 200,
    summary: 'The next free times where you and a suitable mentor or peer are both available, in both zones',
    query: slotQuerySchema, response: z.array(slotProposalSchema), errors: [401, 403, 404],
  }),
  bookSession: defineEndpoint({
    method: 'POST', path: '/api/sessions', tag: 'scheduling', access: 'signed-in', status: 201,
    summary: 'Book a proposed slot; 409 if either person was booked meanwhile',
    body: bookSessionRequestSchema, response: sessionSchema, errors: [401, 403, 404, 409],
  }),
  scheduleSession: defineEndpoint({
    method: 'POST', path: '/api/cohorts/:cohortId/sessions', tag: 'scheduling', access: 'signed-in', status: 201,
    summary: "Schedule a session for members of a cohort (its coordinators), up to 90 minutes",
    body: scheduleSessionRequestSchema, response: sessionSchema, errors: [401, 403, 404, 409],
  }),
  listSessions: defineEndpoint({
    method: 'GET', path: '/api/sessions', tag: 'scheduling', access: 'signed-in', status: 200,
    summary: "Your sessions (or, for a cohort's coordinators, the cohort's), upcoming or past",
    query: sessionListQuerySchema, response: z.array(sessionSchema), errors: [401, 403],
  }),
  getSession: defineEndpoint({
    method: 'GET', path: '/api/sessions/:sessionId', tag: 'scheduling', access: 'signed-in', status: 200,
    summary: 'One session (its participants and its cohort\'s coordinators)', response: sessionSchema, errors: [401, 403, 404],
  }),
  cancelSession: defineEndpoint({
    method: 'POST', path: '/api/sessions/:sessionId/cancel', tag: 'scheduling', access: 'signed-in', status: 200,
    summary: 'Cancel with a reason; everyone else is told', body: cancelSessionRequestSchema, response: sessionSchema,
    errors: [401, 403, 404, 409],
  }),
  rescheduleSession: defineEndpoint({
    method: 'POST', path: '/api/sessions/:sessionId/reschedule', tag: 'scheduling', access: 'signed-in', status: 200,
    summary: 'Move a session; calendar invites update in place', body: rescheduleSessionRequestSchema, response: sessionSchema,
    errors: [401, 403, 404, 409],
  }),
  markNoShow: defineEndpoint({
    method: 'POST', path: '/api/sessions/:sessionId/no-show', tag: 'scheduling', access: 'signed-in', status: 200,
    summary: 'Record that a participant did not come (participants or coordinators, once it has started)',
    body: noShowRequestSchema, response: sessionSchema, errors: [401, 403, 404, 409],
  }),
  devMailbox: defineEndpoint({
    method: 'GET', path: '/api/dev/mailbox', tag: 'development', access: 'signed-in', status: 200,
    summary: 'Outside production only (404 there): the latest 100 messages to you in the outbox, and whether mail is being sent',
    response: devMailboxSchema, errors: [401, 404],
  }),
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
