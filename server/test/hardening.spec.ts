import { routes, type QuestionContent } from '@rounds/shared';
import { addToCohort, newCohort, newUser, TEST_PASSWORD, type TestPerson } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Cases found by an adversarial review: each was a 500, a false answer or a leak before its fix. */
describe('hardening', () => {
  let t: TestApp;
  let coordinator: TestPerson;
  let cohortId: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS: '5' });
    ({ coordinator, cohortId } = await newCohort(t));
  });
  afterAll(() => t.close());

  const question: QuestionContent = {
    family: 'motivation',
    prompt: 'Why this program?',
    assesses: 'SECRET-GUIDE specificity about the program',
    probes: ['What would you change here?'],
    frameworkHint: 'Name two specifics.',
    competencies: ['motivation_fit'],
    tracks: ['residency_fellowship'],
    personas: ['program_director'],
    levelExpectations: {},
    targetSeconds: 90,
  };

  it.each([
    [
      'a NUL in a name',
      'POST',
      '/api/auth/register',
      { email: 'nul@example.org', password: TEST_PASSWORD, displayName: 'a\u0000b', timeZone: 'UTC' },
      'displayName',
    ],
    ['an unpaired surrogate', 'PATCH', '/api/auth/me', { bio: 'x\ud800y' }, 'bio'],
    [
      'a NUL deep inside a list',
      'POST',
      '/api/cohorts/:cohortId/questions',
      { ...question, probes: ['ok', 'x\u0000'] },
      'probes.1',
    ],
    ['a line break in a single-line field', 'POST', '/api/cohorts', { name: 'Line1\r\nBcc: evil@example.org' }, 'name'],
    ['a name of invisible characters', 'POST', '/api/cohorts', { name: '\u200b\u200b' }, 'name'],
    [
      'a repeated competency',
      'POST',
      '/api/cohorts/:cohortId/questions',
      { ...question, competencies: ['communication', 'communication'] },
      'competencies',
    ],
  ])('answers %s with 400 naming the field', async (_, method, path, body, field) => {
    const response = await coordinator.client.raw(method, path.replace(':cohortId', cohortId), body);
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((e) => e.field)).toContain(field);
  });

  it('refuses NUL in a query string and treats a malformed invitation token as an unknown link', async () => {
    expect((await coordinator.client.raw('GET', '/api/questions?q=%00')).status).toBe(400);
    for (const token of ['a%00', 'short', '%E2%82']) {
      const response = await t.client().raw('GET', `/api/invitations/${token}`);
      expect([400, 404]).toContain(response.status);
      expect(response.contentType).toContain('application/problem+json');
    }
    expect((await t.client().raw('GET', '/api/invitations/a%00')).status).toBe(404);
  });

  it('stores a time zone in its canonical spelling', async () => {
    const person = await newUser(t);
    expect((await person.client.call(routes.updateMe, { body: { timeZone: 'europe/london' } })).body.timeZone).toBe(
      'Europe/London',
    );
  });

  it('treats a JSON-style session cookie as no session, on every route', async () => {
    for (const cookie of ['rounds_session=j%3A%7B%7D', 'rounds_session=j%3A123', 'rounds_session=j%3A%5B1%5D']) {
      expect((await t.client().raw('GET', '/api/health', undefined, { cookie })).status).toBe(200);
      expect((await t.client().raw('GET', '/api/auth/me', undefined, { cookie })).status).toBe(401);
      expect((await t.client().raw('POST', '/api/auth/logout', undefined, { cookie })).status).toBe(204);
    }
  });

  it('serialises concurrent edits of one question: every edit a new version, no false 404 or 500', async () => {
    const created = await coordinator.client.call(routes.createQuestion, { params: { cohortId }, body: question });
    const questionId = created.body.id;
    const edits = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        coordinator.client.call(routes.updateQuestion, {
          params: { questionId },
          body: { ...question, prompt: `Why this program, take ${i}?` },
        }),
      ),
    );
    expect(edits.map((e) => e.status)).toEqual(Array(15).fill(200));
    const versions = await t.sql<{ version: number }>(
      `SELECT version FROM question_versions WHERE question_id = $1 ORDER BY version`,
      [questionId],
    );
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect((await t.client().call(routes.health)).status).toBe(200);
  });

  it('never answers 500 when withdrawing an invitation races its acceptance', async () => {
    for (let trial = 0; trial < 5; trial += 1) {
      const invitee = await newUser(t);
      const invitation = await coordinator.client.call(routes.createInvitation, {
        params: { cohortId },
        body: { email: invitee.email, role: 'mentor' },
      });
      const token = invitation.body.link!.split('/join/')[1];
      const [accept, revoke] = await Promise.all([
        invitee.client.call(routes.acceptInvitation, { params: { token } }),
        coordinator.client.call(routes.revokeInvitation, { params: { cohortId, invitationId: invitation.body.id } }),
      ]);
      expect([accept.status, revoke.status].sort()).toEqual(accept.status === 200 ? [200, 409] : [204, 410]);
    }
  });

  it('lets exactly one of a concurrent accept and reject decide a proposal', async () => {
    const mentor = await newUser(t, { roles: ['mentor'] });
    await addToCohort(t, cohortId, mentor, 'mentor');
    for (let trial = 0; trial < 5; trial += 1) {
      const proposal = await mentor.client.call(routes.proposeQuestion, {
        params: { cohortId },
        body: { ...question, prompt: `Proposal ${trial}?` },
      });
      const decisions = await Promise.all([
        coordinator.client.call(routes.acceptProposal, { params: { proposalId: proposal.body.id } }),
        coordinator.client.call(routes.rejectProposal, { params: { proposalId: proposal.body.id } }),
      ]);
      expect(decisions.map((d) => d.status).sort()).toEqual([200, 409]);
    }
  });

  it("shows a cohort's guides only to its own mentors and coordinators, whatever roles they hold elsewhere", async () => {
    const own = await coordinator.client.call(routes.createQuestion, {
      params: { cohortId },
      body: { ...question, prompt: 'Cohort secret question?' },
    });
    const person = await newUser(t, { roles: ['candidate'] });
    await addToCohort(t, cohortId, person, 'candidate');
    const elsewhere = await newCohort(t, 'Where they mentor');
    await addToCohort(t, elsewhere.cohortId, person, 'mentor');
    await t.sql(`UPDATE users SET roles = ARRAY['candidate', 'mentor'] WHERE id = $1`, [person.user.id]);

    const seen = await person.client.call(routes.getQuestion, { params: { questionId: own.body.id } });
    expect(seen.body.view).toBe('candidate');
    const listed = await person.client.raw('GET', `/api/questions?cohortId=${cohortId}&q=SECRET-GUIDE`);
    expect(listed.body).toEqual([]);
    expect(JSON.stringify((await person.client.raw('GET', `/api/questions?cohortId=${cohortId}`)).body)).not.toContain(
      'SECRET-GUIDE',
    );
    const copy = await elsewhere.coordinator.client.call(routes.cloneQuestion, {
      params: { questionId: own.body.id },
      body: { cohortId: elsewhere.cohortId },
    });
    expect(copy.status).toBe(403);
  });

  it('keeps a retired question retired when it is edited', async () => {
    const created = await coordinator.client.call(routes.createQuestion, {
      params: { cohortId },
      body: { ...question, prompt: 'Soon retired?' },
    });
    await coordinator.client.call(routes.retireQuestion, { params: { questionId: created.body.id } });
    const edited = await coordinator.client.call(routes.updateQuestion, {
      params: { questionId: created.body.id },
      body: { ...question, prompt: 'Edited while retired?' },
    });
    expect(edited.body).toMatchObject({ status: 'retired', version: 2 });
  });

  it('counts parallel sign-in guesses atomically: only the budget is checked', async () => {
    const target = await newUser(t);
    await t.sql('DELETE FROM rate_limit_windows');
    const guesses = await Promise.all(
      Array.from({ length: 30 }, () =>
        t.client().call(routes.login, { body: { email: target.email, password: 'wrong guess here' } }),
      ),
    );
    const statuses = guesses.map((g) => g.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
  }, 30_000);
});
