import { routes, type Role, type User } from '@rounds/shared';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/auth/password-hasher.js';
import { CohortsService } from '../../src/cohorts/cohorts.service.js';
import { UsersService } from '../../src/users/users.service.js';
import type { ApiClient } from './api-client.js';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestPerson {
  user: User;
  client: ApiClient;
  email: string;
}

/** Creates an account through the real services (any roles) and signs it in over HTTP. */
export async function newUser(
  t: TestApp,
  options: { roles?: Role[]; email?: string; displayName?: string; timeZone?: string } = {},
): Promise<TestPerson> {
  const email = options.email ?? `person-${randomBytes(4).toString('hex')}@example.org`;
  const passwordHash = await t.app.get(PasswordHasher).hash(TEST_PASSWORD);
  await t.app.get(DataSource).transaction((manager) =>
    t.app.get(UsersService).create(manager, {
      email,
      passwordHash,
      displayName: options.displayName ?? 'Test Person',
      timeZone: options.timeZone ?? 'America/Chicago',
      roles: options.roles ?? ['candidate'],
    }),
  );
  const client = t.client();
  const login = await client.call(routes.login, { body: { email, password: TEST_PASSWORD } });
  if (login.status !== 200) throw new Error(`test sign-in failed: ${JSON.stringify(login.body)}`);
  return { user: login.body as User, client, email };
}

/** A coordinator with a new cohort of their own. */
export async function newCohort(t: TestApp, name = 'Fellowship prep'): Promise<{ coordinator: TestPerson; cohortId: string }> {
  const coordinator = await newUser(t, { roles: ['coordinator'] });
  const created = await coordinator.client.call(routes.createCohort, { body: { name } });
  if (created.status !== 201) throw new Error(`cohort creation failed: ${JSON.stringify(created.body)}`);
  return { coordinator, cohortId: created.body.id };
}

/** Adds an existing person to a cohort directly, as accepting an invitation would. */
export async function addToCohort(t: TestApp, cohortId: string, person: TestPerson, role: Role): Promise<void> {
  await t.app.get(CohortsService).addMember(t.app.get(DataSource).manager, cohortId, person.user.id, role);
}
