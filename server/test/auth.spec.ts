import { fieldLabel, routes } from '@rounds/shared';
import { newUser, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const registration = {
  email: 'Amara.Nwosu@Example.org',
  password: 'a long enough password',
  displayName: 'Amara Nwosu',
  timeZone: 'Africa/Lagos',
  track: 'residency_fellowship',
  experienceLevel: 'entry',
};

describe('accounts: register, sign in, profile, sign out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const userCount = async () => (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM users'))[0].n;

  it('makes the first account of a new deployment its coordinator and signs it in', async () => {
    const founder = t.client();
    const first = await founder.call(routes.register, { body: registration });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      email: 'amara.nwosu@example.org',
      roles: ['coordinator', 'candidate'],
      timeZone: 'Africa/Lagos',
    });
    expect(first.headers.get('set-cookie')).toMatch(/rounds_session=.+; .*HttpOnly; SameSite=Lax/i);
    const me = await founder.call(routes.me);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('amara.nwosu@example.org');
  });

  it('stores an argon2id hash, never the password', async () => {
    const [row] = await t.sql<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE email = 'amara.nwosu@example.org'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(registration.password);
  });

  it('answers a taken e-mail in any letter case like a new one (202, see registration.spec.ts) and writes no account', async () => {
    const before = await userCount();
    const again = await t.client().call(routes.register, { body: { ...registration, email: 'AMARA.NWOSU@example.org' } });
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ status: 'confirmation_sent', email: 'amara.nwosu@example.org' });
    expect(await userCount()).toBe(before);
    const mail = await t.sql<{ kind: string }>(`SELECT kind FROM outbox_messages WHERE to_address = 'amara.nwosu@example.org'`);
    expect(mail).toEqual([{ kind: 'registration-account-exists' }]);
  });

  it.each([
    ['a missing field', { ...registration, email: 'a@example.org', timeZone: undefined }, 'timeZone'],
    ['an extra field', { ...registration, email: 'b@example.org', roles: ['coordinator'] }, 'roles'],
    ['a wrong type', { ...registration, email: 'c@example.org', displayName: 42 }, 'displayName'],
    ['an invalid e-mail', { ...registration, email: 'not-an-address' }, 'email'],
    ['an unknown time zone', { ...registration, email: 'd@example.org', timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['a short password', { ...registration, email: 'e@example.org', password: 'short' }, 'password'],
    ['an unknown track', { ...registration, email: 'f@example.org', track: 'astronaut' }, 'track'],
  ])('rejects %s with a 400 naming the field, and writes nothing', async (_, body, field) => {
    const before = await userCount();
    const response = await t.client().raw('POST', '/api/auth/register', body);
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.errors?.map((e) => e.field)).toContain(field);
    expect(response.body.detail).toContain(fieldLabel(field));
    expect(await userCount()).toBe(before);
  });

  it('rejects a 10 MB string with 413 problem+json', async () => {
    const response = await t.client().raw('POST', '/api/auth/register', { ...registration, bio: 'x'.repeat(10 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.detail).toMatch(/too large/);
  });

  it('signs in with the right password and gives the same 401 for a wrong password or unknown address', async () => {
    const person = await newUser(t, { email: 'rahul@example.org' });
    expect(person.user.email).toBe('rahul@example.org');

    const wrongPassword = await t
      .client()
      .call(routes.login, { body: { email: 'rahul@example.org', password: 'not the password' } });
    const unknownEmail = await t.client().call(routes.login, { body: { email: 'nobody@example.org', password: TEST_PASSWORD } });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body.detail).toBe(unknownEmail.body.detail);
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
  });

  it('answers 401 problem+json without a cookie or with a forged one', async () => {
    const anonymous = await t.client().call(routes.me);
    expect(anonymous.status).toBe(401);
    expect(anonymous.contentType).toContain('application/problem+json');
    const forged = await t.client().raw('GET', '/api/auth/me', undefined, { cookie: 'rounds_session=forged-token' });
    expect(forged.status).toBe(401);
  });

  it('answers the session probe with 200 whether or not anyone is signed in', async () => {
    const anonymous = await t.client().call(routes.session);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ user: null });
    const forged = await t.client().raw('GET', '/api/auth/session', undefined, { cookie: 'rounds_session=forged-token' });
    expect(forged.status).toBe(200);
    expect(forged.body).toEqual({ user: null });

    const person = await newUser(t, { displayName: 'Chidi Okafor' });
    const signedIn = await person.client.call(routes.session);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toEqual((await person.client.call(routes.me)).body);
    expect(signedIn.body.user).toMatchObject({ id: person.user.id, displayName: 'Chidi Okafor' });

    const endedCookie = person.client.sessionCookie!;
    await person.client.call(routes.logout);
    const afterSignOut = await t.client().raw('GET', '/api/auth/session', undefined, { cookie: endedCookie });
    expect(afterSignOut.status).toBe(200);
    expect(afterSignOut.body).toEqual({ user: null });
  });

  it("edits only the caller's own profile and validates each field", async () => {
    const person = await newUser(t);
    const other = await newUser(t, { displayName: 'Someone Else' });
    const updated = await person.client.call(routes.updateMe, {
      body: { displayName: 'Dr. Sofia García', timeZone: 'Asia/Kolkata', specialty: 'Clinical informatics', bio: '' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      displayName: 'Dr. Sofia García',
      timeZone: 'Asia/Kolkata',
      specialty: 'Clinical informatics',
      bio: null,
    });
    expect((await other.client.call(routes.me)).body.displayName).toBe('Someone Else');

    const badZone = await person.client.call(routes.updateMe, { body: { timeZone: 'Nowhere/Special' } });
    expect(badZone.status).toBe(400);
    expect(badZone.body.errors).toEqual([{ field: 'timeZone', message: expect.stringContaining('IANA time zone') }]);
    const cannotGrantRoles = await person.client.raw('PATCH', '/api/auth/me', { roles: ['coordinator'] });
    expect(cannotGrantRoles.status).toBe(400);
    const empty = await person.client.raw('PATCH', '/api/auth/me', {});
    expect(empty.status).toBe(400);
    expect((await person.client.call(routes.me)).body).toMatchObject({ roles: ['candidate'], timeZone: 'Asia/Kolkata' });
  });

  it('signs out: the old cookie no longer works', async () => {
    const person = await newUser(t);
    const oldCookie = person.client.sessionCookie!;
    expect((await t.client().raw('GET', '/api/auth/me', undefined, { cookie: oldCookie })).status).toBe(200);
    const logout = await person.client.call(routes.logout);
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/rounds_session=;/);
    expect((await t.client().raw('GET', '/api/auth/me', undefined, { cookie: oldCookie })).status).toBe(401);
    const sessions = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM auth_sessions WHERE user_id = $1', [
      person.user.id,
    ]);
    expect(sessions[0].n).toBe(0);
  });
});

describe('sign-in throttle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS: '5' });
  });
  afterAll(() => t.close());

  it('rate-limits failed sign-ins per address with 429 and Retry-After, not counting successes', async () => {
    await t.client().call(routes.register, { body: { ...registration, email: 'jordan@example.org', password: TEST_PASSWORD } });
    const attempt = () => t.client().call(routes.login, { body: { email: 'jordan@example.org', password: 'wrong password' } });
    const success = () => t.client().call(routes.login, { body: { email: 'jordan@example.org', password: TEST_PASSWORD } });
    for (let i = 0; i < 8; i += 1) expect((await success()).status).toBe(200);
    for (let i = 0; i < 5; i += 1) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.detail).toMatch(/Too many failed sign-in attempts/);
    // Even the right password waits until the window passes.
    const right = await t.client().call(routes.login, { body: { email: 'jordan@example.org', password: TEST_PASSWORD } });
    expect(right.status).toBe(429);
  });
});

describe('registration switch', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ OPEN_REGISTRATION: 'false' });
  });
  afterAll(() => t.close());

  it('refuses registration without an invitation when open registration is off', async () => {
    const response = await t.client().call(routes.register, { body: registration });
    expect(response.status).toBe(403);
    expect(response.body.detail).toMatch(/invitation only/);
    expect((await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM users'))[0].n).toBe(0);
    expect((await t.client().call(routes.publicConfig)).body).toEqual({ openRegistration: false, video: 'direct' });
  });
});
