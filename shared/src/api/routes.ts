import { z } from 'zod';
import { loginRequestSchema, registerRequestSchema } from '../schemas/auth.schema.js';
import {
  cohortDetailSchema,
  cohortSchema,
  createCohortRequestSchema,
  createInvitationRequestSchema,
  invitationPreviewSchema,
  invitationSchema,
} from '../schemas/cohort.schema.js';
import { healthSchema } from '../schemas/health.schema.js';
import { updateProfileRequestSchema, userSchema } from '../schemas/user.schema.js';
import { defineEndpoint } from './endpoint.js';

export const publicConfigSchema = z.object({
  openRegistration: z.boolean().describe('whether people may register without an invitation'),
});
export type PublicConfig = z.infer<typeof publicConfigSchema>;

/** Every HTTP route of the API. Controllers bind to these; OpenAPI and the client are built from them. */
export const routes = {
  health: defineEndpoint({
    method: 'GET', path: '/api/health', tag: 'health', access: 'public', status: 200,
    summary: 'Liveness and database status (503 when the database cannot be reached)',
    response: healthSchema, errors: [503],
  }),
  publicConfig: defineEndpoint({
    method: 'GET', path: '/api/config', tag: 'health', access: 'public', status: 200,
    summary: 'Settings the sign-in and registration pages need',
    response: publicConfigSchema,
  }),
  register: defineEndpoint({
    method: 'POST', path: '/api/auth/register', tag: 'auth', access: 'public', status: 201,
    summary: 'Create an account (through an invitation, or openly when the deployment allows it) and sign in',
    body: registerRequestSchema, response: userSchema, errors: [403, 404, 409, 410],
  }),
  login: defineEndpoint({
    method: 'POST', path: '/api/auth/login', tag: 'auth', access: 'public', status: 200,
    summary: 'Sign in with e-mail and password; sets the session cookie',
    body: loginRequestSchema, response: userSchema, errors: [401, 429],
  }),
  logout: defineEndpoint({
    method: 'POST', path: '/api/auth/logout', tag: 'auth', access: 'public', status: 204,
    summary: 'End the current session and clear the cookie',
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
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
