import { routes } from '@rounds/shared';
import { randomUUID } from 'node:crypto';
import { addToCohort, newCohort, newUser, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('cohorts and invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://rounds.example.org', OPEN_REGISTRATION: 'false' });
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const tokenOf = (link: string | null) => link!.split('/join/')[1];

  it('lets a coordinator create a cohort, of which they become the coordinator', async () => {
    const coordinator = await newUser(t, { roles: ['coordinator'] });
    const created = await coordinator.client.call(routes.createCohort, {
      body: { name: '  Informatics fellowship prep  ', description: 'Spring cycle' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Informatics fellowship prep', myRoles: ['coordinator'], memberCount: 1 });
    const listed = await coordinator.client.call(routes.listCohorts);
    expect(listed.body.map((c) => c.id)).toEqual([created.body.id]);
    // This app's PUBLIC_URL is https: browsers are told to stay on HTTPS.
    expect(listed.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('forbids a candidate or mentor from creating cohorts (403) and writes nothing', async () => {
    const before = await count('cohorts');
    for (const role of ['candidate', 'mentor'] as const) {
      const person = await newUser(t, { roles: [role] });
      const response = await person.client.call(routes.createCohort, { body: { name: 'Mine' } });
      expect(response.status).toBe(403);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body.detail).toMatch(/Only coordinators/);
    }
    expect(await count('cohorts')).toBe(before);
  });

  it('validates cohort and invitation bodies', async () => {
    const { coordinator, cohortId } = await newCohort(t);
    expect((await coordinator.client.raw('POST', '/api/cohorts', { name: '   ' })).status).toBe(400);
    expect((await coordinator.client.raw('POST', '/api/cohorts', { name: 'x'.repeat(121) })).status).toBe(400);
    const badRole = await coordinator.client.raw('POST', `/api/cohorts/${cohortId}/invitations`, {
      email: 'a@example.org',
      role: 'admin',
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors).toEqual([{ field: 'role', message: 'must be one of: candidate, mentor, coordinator' }]);
    const badEmail = await coordinator.client.raw('POST', `/api/cohorts/${cohortId}/invitations`, {
      email: 'nope',
      role: 'mentor',
    });
    expect(badEmail.status).toBe(400);
    const badId = await coordinator.client.raw('GET', '/api/cohorts/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.detail).toMatch(/cohort ID .* must be a UUID/);
    expect((await coordinator.client.call(routes.getCohort, { params: { cohortId: randomUUID() } })).status).toBe(404);
    expect(await count('invitations')).toBe(0);
  });

  it('invites by e-mail: a single-use link, an e-mail in the outbox, registration joins the cohort with the role', async () => {
    const { coordinator, cohortId } = await newCohort(t, 'Residency prep');
    const invited = await coordinator.client.call(routes.createInvitation, {
      params: { cohortId },
      body: { email: 'Dr.Raman@Hospital.example', role: 'mentor' },
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'dr.raman@hospital.example', role: 'mentor', status: 'pending' });
    expect(invited.body.link).toMatch(/^https:\/\/rounds\.example\.org\/join\/[A-Za-z0-9_-]{32}$/);

    const [mail] = await t.sql<{ to_address: string; subject: string; text_body: string; sent_at: Date | null }>(
      `SELECT to_address, subject, text_body, sent_at FROM outbox_messages WHERE kind = 'cohort-invitation' AND to_address = $1`,
      ['dr.raman@hospital.example'],
    );
    expect(mail.subject).toContain('Residency prep');
    expect(mail.text_body).toContain(invited.body.link);
    expect(mail.sent_at).toBeNull();

    const token = tokenOf(invited.body.link);
    const preview = await t.client().call(routes.previewInvitation, { params: { token } });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      cohortName: 'Residency prep',
      email: 'dr.raman@hospital.example',
      role: 'mentor',
      accountExists: false,
    });

    // Registration is invitation-only here, and the invitation is bound to its address.
    const wrongAddress = await t.client().call(routes.register, {
      body: {
        email: 'someone.else@example.org',
        password: TEST_PASSWORD,
        displayName: 'Someone',
        timeZone: 'UTC',
        invitationToken: token,
      },
    });
    expect(wrongAddress.status).toBe(403);
    expect(wrongAddress.body.detail).toContain('dr.raman@hospital.example');

    const mentor = t.client();
    const registered = await mentor.call(routes.register, {
      body: {
        email: 'dr.raman@hospital.example',
        password: TEST_PASSWORD,
        displayName: 'Dr. Priya Raman',
        timeZone: 'America/New_York',
        invitationToken: token,
      },
    });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ roles: ['mentor'] });

    const members = await coordinator.client.call(routes.listMembers, { params: { cohortId } });
    expect(members.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ displayName: 'Dr. Priya Raman', role: 'mentor', email: 'dr.raman@hospital.example' }),
      ]),
    );
    const invitations = await coordinator.client.call(routes.listInvitations, { params: { cohortId } });
    expect(invitations.body[0]).toMatchObject({ status: 'accepted', link: null });

    // The mentor sees the cohort, but not other members' e-mail addresses.
    const mentorView = await mentor.call(routes.getCohort, { params: { cohortId } });
    expect(mentorView.status).toBe(200);
    expect(mentorView.body.myRoles).toEqual(['mentor']);
    expect(mentorView.body.members.every((m) => m.email === null)).toBe(true);

    // Used once: a second registration and a preview both say so.
    const reused = await t.client().call(routes.register, {
      body: {
        email: 'dr.raman@hospital.example',
        password: TEST_PASSWORD,
        displayName: 'Again',
        timeZone: 'UTC',
        invitationToken: token,
      },
    });
    expect(reused.status).toBe(409);
    expect((await t.client().call(routes.previewInvitation, { params: { token } })).status).toBe(409);
  });

  it('answers 410 for an expired or withdrawn invitation and 404 for an unknown one, creating no account', async () => {
    const { coordinator, cohortId } = await newCohort(t);
    const expiring = await coordinator.client.call(routes.createInvitation, {
      params: { cohortId },
      body: { email: 'late@example.org', role: 'candidate' },
    });
    await t.sql(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiring.body.id]);
    const withdrawn = await coordinator.client.call(routes.createInvitation, {
      params: { cohortId },
      body: { email: 'gone@example.org', role: 'candidate' },
    });
    expect(
      (await coordinator.client.call(routes.revokeInvitation, { params: { cohortId, invitationId: withdrawn.body.id } })).status,
    ).toBe(204);

    const users = await count('users');
    const attempt = (email: string, token: string) =>
      t.client().call(routes.register, {
        body: { email, password: TEST_PASSWORD, displayName: 'Late', timeZone: 'UTC', invitationToken: token },
      });
    const expired = await attempt('late@example.org', tokenOf(expiring.body.link));
    expect(expired.status).toBe(410);
    expect(expired.body.detail).toMatch(/expired/);
    const revoked = await attempt('gone@example.org', tokenOf(withdrawn.body.link));
    expect(revoked.status).toBe(410);
    expect(revoked.body.detail).toMatch(/withdrawn/);
    const unknown = await attempt('late@example.org', 'x'.repeat(32));
    expect(unknown.status).toBe(404);
    expect(await count('users')).toBe(users);

    // An expired invitation does not block inviting the same person again.
    const again = await coordinator.client.call(routes.createInvitation, {
      params: { cohortId },
      body: { email: 'late@example.org', role: 'candidate' },
    });
    expect(again.status).toBe(201);
    const statuses = (await coordinator.client.call(routes.listInvitations, { params: { cohortId } })).body.map((i) => [
      i.email,
      i.status,
    ]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        ['late@example.org', 'pending'],
        ['late@example.org', 'revoked'],
        ['gone@example.org', 'revoked'],
      ]),
    );
  });

  it('refuses a second pending invitation or inviting an existing member (409)', async () => {
    const { coordinator, cohortId } = await newCohort(t);
    const body = { email: 'twice@example.org', role: 'candidate' as const };
    expect((await coordinator.client.call(routes.createInvitation, { params: { cohortId }, body })).status).toBe(201);
    const duplicate = await coordinator.client.call(routes.createInvitation, { params: { cohortId }, body });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.detail).toMatch(/pending invitation/);
    const self = await coordinator.client.call(routes.createInvitation, {
      params: { cohortId },
      body: { email: coordinator.email, role: 'coordinator' },
    });
    expect(self.status).toBe(409);
    expect(self.body.detail).toMatch(/already a coordinator/);
  });

  it('lets an existing account accept an invitation while signed in, only for its own address', async () => {
    const { coordinator, cohortId } = await newCohort(t);
    const candidate = await newUser(t, { roles: ['candidate'] });
    const stranger = await newUser(t);
    const invitation = await coordinator.client.call(routes.createInvitation, {
      params: { cohortId },
      body: { email: candidate.email, role: 'mentor' },
    });
    const token = tokenOf(invitation.body.link);
    expect((await t.client().call(routes.previewInvitation, { params: { token } })).body.accountExists).toBe(true);

    expect((await t.client().call(routes.acceptInvitation, { params: { token } })).status).toBe(401);
    const notForYou = await stranger.client.call(routes.acceptInvitation, { params: { token } });
    expect(notForYou.status).toBe(403);

    const accepted = await candidate.client.call(routes.acceptInvitation, { params: { token } });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id: cohortId, myRoles: ['mentor'] });
    expect((await candidate.client.call(routes.me)).body.roles).toEqual(['candidate', 'mentor']);
    expect((await candidate.client.call(routes.acceptInvitation, { params: { token } })).status).toBe(409);
  });

  it("keeps a cohort's members and invitations to its own people", async () => {
    const { coordinator, cohortId } = await newCohort(t);
    const other = await newCohort(t, 'Another program');
    const candidate = await newUser(t);
    await addToCohort(t, cohortId, candidate, 'candidate');
    const outsider = await newUser(t);

    // A member who is not a coordinator: may read members, may not see or send invitations.
    expect((await candidate.client.call(routes.listMembers, { params: { cohortId } })).status).toBe(200);
    expect((await candidate.client.call(routes.listInvitations, { params: { cohortId } })).status).toBe(403);
    const candidateInvites = await candidate.client.call(routes.createInvitation, {
      params: { cohortId },
      body: { email: 'x@example.org', role: 'coordinator' },
    });
    expect(candidateInvites.status).toBe(403);
    expect(candidateInvites.body.detail).toMatch(/coordinators/);

    // Not a member at all.
    expect((await outsider.client.call(routes.getCohort, { params: { cohortId } })).status).toBe(403);
    expect((await outsider.client.call(routes.listMembers, { params: { cohortId } })).status).toBe(403);

    // A coordinator of another cohort has no say here.
    const foreign = await other.coordinator.client.call(routes.createInvitation, {
      params: { cohortId },
      body: { email: 'y@example.org', role: 'candidate' },
    });
    expect(foreign.status).toBe(403);
    const invitation = await coordinator.client.call(routes.createInvitation, {
      params: { cohortId },
      body: { email: 'z@example.org', role: 'candidate' },
    });
    const foreignRevoke = await other.coordinator.client.call(routes.revokeInvitation, {
      params: { cohortId, invitationId: invitation.body.id },
    });
    expect(foreignRevoke.status).toBe(403);
    const wrongCohort = await other.coordinator.client.call(routes.revokeInvitation, {
      params: { cohortId: other.cohortId, invitationId: invitation.body.id },
    });
    expect(wrongCohort.status).toBe(404);
    expect((await t.sql(`SELECT 1 FROM invitations WHERE email IN ('x@example.org', 'y@example.org')`)).length).toBe(0);
    expect(
      (await t.sql(`SELECT revoked_at FROM invitations WHERE id = $1 AND revoked_at IS NULL`, [invitation.body.id])).length,
    ).toBe(1);

    // Anonymous callers get 401 on every cohort route.
    expect((await t.client().call(routes.listCohorts)).status).toBe(401);
    expect((await t.client().call(routes.createCohort, { body: { name: 'x' } })).status).toBe(401);
  });
});
