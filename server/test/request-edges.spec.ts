import { routes } from '@rounds/shared';
import { PassThrough } from 'node:stream';
import { addToCohort, newCohort, newUser, TEST_PASSWORD, type TestPerson } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Faults found by probing the edge of the API (issue 8): each test failed before its fix. */
describe('request edges', () => {
  let t: TestApp;
  const logLines: string[] = [];

  beforeAll(async () => {
    const log = new PassThrough();
    log.on('data', (chunk: Buffer) => logLines.push(...chunk.toString().split('\n').filter(Boolean)));
    t = await startTestApp(
      { LOG_LEVEL: 'info', TRUST_PROXY: '1', LOGIN_MAX_ATTEMPTS: '1000', REGISTRATION_MAX_PER_HOUR: '3' },
      { logTo: log },
    );
  });
  afterAll(() => t.close());

  describe('deeply nested JSON', () => {
    const nested = (depth: number) => `{"name":${'['.repeat(depth)}${']'.repeat(depth)}}`;

    it('is refused with a 400 that says why, before any work, with or without a session', async () => {
      const { coordinator } = await newCohort(t);
      for (const client of [t.client(), coordinator.client]) {
        const response = await client.raw('POST', '/api/cohorts', nested(2000));
        expect(response.status).toBe(400);
        expect(response.contentType).toContain('application/problem+json');
        expect(response.body.detail).toMatch(/nests arrays or objects too deeply/);
      }
      expect((await t.sql(`SELECT count(*)::int AS n FROM cohorts`))[0].n).toBe(1);
    });

    it('keeps the server answering while many arrive at once', async () => {
      const bodies = await Promise.all(
        Array.from({ length: 40 }, () => t.client().raw('POST', '/api/auth/login', nested(50_000))),
      );
      expect(new Set(bodies.map((b) => b.status))).toEqual(new Set([400]));
      expect((await t.client().call(routes.health)).status).toBe(200);
    });

    it('still accepts the nesting real requests use', async () => {
      const response = await t
        .client()
        .raw('POST', '/api/auth/login', { email: 'x@example.org', password: 'p', extra: [[[{}]]] });
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((e) => e.field)).toContain('extra');
    });
  });

  describe('bodies', () => {
    it('refuses a body on a route that takes none', async () => {
      const person = await newUser(t);
      const response = await person.client.raw('POST', '/api/auth/logout', { everything: true });
      expect(response.status).toBe(400);
      expect(response.body.detail).toMatch(/takes no body/);
      expect((await person.client.call(routes.me)).status).toBe(200);
      expect((await person.client.raw('POST', '/api/auth/logout', '')).status).toBe(204);
    });

    it('holds sign-in to its own smaller size limit', async () => {
      const response = await t.client().raw('POST', '/api/auth/login', { email: 'x@example.org', password: 'p'.repeat(5000) });
      expect(response.status).toBe(413);
      expect(response.body.detail).toMatch(/limit is 4 KB/);
    });
  });

  describe('origin', () => {
    it('refuses a change requested from another site, and allows our own origin or none', async () => {
      const person = await newUser(t);
      const evil = await person.client.raw(
        'PATCH',
        '/api/auth/me',
        { displayName: 'Hijacked' },
        { origin: 'https://evil.example' },
      );
      expect(evil.status).toBe(403);
      expect(evil.body.detail).toMatch(/must come from/);
      expect((await person.client.call(routes.me)).body.displayName).toBe('Test Person');
      const own = await person.client.raw(
        'PATCH',
        '/api/auth/me',
        { displayName: 'Renamed' },
        { origin: new URL(t.config.publicUrl).origin },
      );
      expect(own.status).toBe(200);
      expect((await person.client.raw('GET', '/api/auth/me', undefined, { origin: 'https://evil.example' })).status).toBe(200);
    });
  });

  describe('scripts across cohorts', () => {
    it("never lets a coordinator book a session with another cohort's private script", async () => {
      const a = await newCohort(t, 'Cohort A');
      const b = await newCohort(t, 'Cohort B');
      const builtIn = (await a.coordinator.client.call(routes.listScripts, { query: { track: 'healthcare_job' } })).body[0];
      const privateScript = await a.coordinator.client.call(routes.cloneScript, {
        params: { scriptId: builtIn.id },
        body: { cohortId: a.cohortId },
      });
      expect(privateScript.status).toBe(201);
      expect((await b.coordinator.client.call(routes.getScript, { params: { scriptId: privateScript.body.id } })).status).toBe(
        403,
      );

      const [mentor, candidate]: TestPerson[] = [await newUser(t, { roles: ['mentor'] }), await newUser(t)];
      await addToCohort(t, b.cohortId, mentor, 'mentor');
      await addToCohort(t, b.cohortId, candidate, 'candidate');
      const body = {
        kind: 'mentor_interview' as const,
        track: 'healthcare_job' as const,
        startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        participants: [
          { userId: mentor.user.id, role: 'interviewer' as const },
          { userId: candidate.user.id, role: 'candidate' as const },
        ],
      };
      const snapshotsBefore = (await t.sql(`SELECT count(*)::int AS n FROM script_snapshots`))[0].n;
      const leaked = await b.coordinator.client.call(routes.scheduleSession, {
        params: { cohortId: b.cohortId },
        body: { ...body, scriptId: privateScript.body.id },
      });
      expect(leaked.status).toBe(403);
      expect(JSON.stringify(leaked.body)).not.toContain(privateScript.body.title);
      expect((await t.sql(`SELECT count(*)::int AS n FROM script_snapshots`))[0].n).toBe(snapshotsBefore);
      expect((await t.sql(`SELECT count(*)::int AS n FROM sessions WHERE cohort_id = $1`, [b.cohortId]))[0].n).toBe(0);

      const own = await b.coordinator.client.call(routes.scheduleSession, {
        params: { cohortId: b.cohortId },
        body: { ...body, scriptId: builtIn.id },
      });
      expect(own.status).toBe(201);
    });
  });

  describe('throttling behind a proxy', () => {
    it('reads the client address from the hop the proxy added, not one the client chose', async () => {
      const target = await newUser(t);
      await t.sql(`DELETE FROM rate_limit_windows`);
      const wrong = { email: target.email, password: 'not the password' };
      await t.client().raw('POST', '/api/auth/login', wrong, { 'x-forwarded-for': 'spoofed-by-client, 203.0.113.7' });
      const [row] = await t.sql<{ key: string }>(`SELECT key FROM rate_limit_windows WHERE scope = 'sign-in'`);
      expect(row.key).toBe('203.0.113.7');
    });

    it('backs off one account however many addresses take turns at it, and a success clears it', async () => {
      const target = await newUser(t);
      const guesses = [];
      for (let i = 0; i < 12; i++) {
        guesses.push(
          await t
            .client()
            .raw(
              'POST',
              '/api/auth/login',
              { email: target.email, password: `guess ${i}` },
              { 'x-forwarded-for': `198.51.100.${i}` },
            ),
        );
      }
      const statuses = guesses.map((g) => g.status);
      expect(statuses.slice(0, 6)).toEqual(Array(6).fill(401));
      expect(statuses.slice(6)).toEqual(Array(6).fill(429));
      expect(Number(guesses[11].headers.get('retry-after'))).toBeGreaterThan(0);
      expect(guesses[11].body.detail).toMatch(/for this account/);

      // Even the right password waits out the backoff; then it signs in and the count starts again.
      const early = await t.client().call(routes.login, { body: { email: target.email, password: TEST_PASSWORD } });
      expect(early.status).toBe(429);
      await t.sql(`UPDATE sign_in_backoff SET blocked_until = now() WHERE email = $1`, [target.email]);
      expect((await t.client().call(routes.login, { body: { email: target.email, password: TEST_PASSWORD } })).status).toBe(200);
      expect(await t.sql(`SELECT 1 FROM sign_in_backoff WHERE email = $1`, [target.email])).toEqual([]);
    });

    it('treats an address with no account exactly like one with an account', async () => {
      const nobody = 'nobody-here@example.org';
      const statuses = [];
      for (let i = 0; i < 8; i++)
        statuses.push((await t.client().call(routes.login, { body: { email: nobody, password: 'guess' } })).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
    });

    it('limits registrations per address, before hashing anything', async () => {
      await t.sql(`DELETE FROM rate_limit_windows`);
      const register = (i: number) =>
        t.client().call(routes.register, {
          body: { email: `new-${i}@example.org`, password: TEST_PASSWORD, displayName: 'New', timeZone: 'UTC' },
        });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await register(i)).status);
      expect(statuses).toEqual([202, 202, 202, 429]);
      expect(await t.sql(`SELECT 1 FROM pending_registrations WHERE email = 'new-3@example.org'`)).toEqual([]);
      expect(await t.sql(`SELECT 1 FROM outbox_messages WHERE to_address = 'new-3@example.org'`)).toEqual([]);
    });
  });

  describe('logs', () => {
    it('never write an invitation token', async () => {
      const { coordinator, cohortId } = await newCohort(t);
      const invitation = await coordinator.client.call(routes.createInvitation, {
        params: { cohortId },
        body: { email: 'invitee@example.org', role: 'candidate' },
      });
      const token = invitation.body.link!.split('/join/')[1];
      expect((await t.client().call(routes.previewInvitation, { params: { token } })).status).toBe(200);
      const invitee = await newUser(t, { email: 'someone-else@example.org' });
      await invitee.client.call(routes.acceptInvitation, { params: { token } });
      const requestLines = logLines.filter((line) => line.includes('"req":') && line.includes('/api/invitations/'));
      expect(requestLines.length).toBeGreaterThanOrEqual(2);
      expect(requestLines.every((line) => line.includes('/api/invitations/[redacted]'))).toBe(true);
      expect(logLines.some((line) => line.includes(token))).toBe(false);
    });
  });
});
