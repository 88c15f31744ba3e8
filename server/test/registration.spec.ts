import { routes } from '@rounds/shared';
import { PassThrough } from 'node:stream';
import { newCohort, newUser, TEST_PASSWORD } from './support/factories.js';
import { SmtpReceiver } from './support/smtp-receiver.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const registration = {
  password: 'a long enough password',
  displayName: 'Amara Nwosu',
  timeZone: 'Africa/Lagos',
  track: 'residency_fellowship',
  experienceLevel: 'entry',
} as const;

interface OutboxRow {
  kind: string;
  subject: string;
  text_body: string;
}

/** Open registration with e-mail confirmation (issue 8): registering tells nobody which addresses have accounts. */
describe('registration', () => {
  let t: TestApp;
  const logLines: string[] = [];

  beforeAll(async () => {
    const log = new PassThrough();
    log.on('data', (chunk: Buffer) => logLines.push(...chunk.toString().split('\n').filter(Boolean)));
    t = await startTestApp({ LOG_LEVEL: 'info', PUBLIC_URL: 'https://rounds.example.org' }, { logTo: log });
  });
  afterAll(() => t.close());

  const register = (email: string, overrides: Record<string, unknown> = {}) =>
    t.client().call(routes.register, { body: { ...registration, email, ...overrides } });
  const mailTo = (email: string) =>
    t.sql<OutboxRow>(`SELECT kind, subject, text_body FROM outbox_messages WHERE to_address = $1 ORDER BY created_at, id`, [
      email,
    ]);
  const count = async (table: string, email: string) =>
    (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE email = $1`, [email]))[0].n;
  /** The token in the latest confirmation e-mail to an address, as its reader would copy it from the link. */
  const confirmationToken = async (email: string) => {
    const confirmations = (await mailTo(email)).filter((mail) => mail.kind === 'registration-confirmation');
    const match = /https:\/\/rounds\.example\.org\/register\/confirm\/([A-Za-z0-9_-]+)/.exec(
      confirmations.at(-1)?.text_body ?? '',
    );
    if (!match) throw new Error(`no confirmation link was sent to ${email}`);
    return match[1];
  };
  /** Confirms as the person who registered does: the link's token and the password typed again. */
  const confirm = (token: string, client = t.client(), password: string = registration.password) =>
    client.call(routes.confirmRegistration, { body: { token, password } });

  it('creates the first account of a new deployment at once, as coordinator and candidate, signed in', async () => {
    const founder = await register('founder@example.org');
    expect(founder.status).toBe(201);
    expect(founder.body).toMatchObject({ email: 'founder@example.org', roles: ['coordinator', 'candidate'] });
    expect(founder.headers.get('set-cookie')).toMatch(/rounds_session=.+; .*HttpOnly/i);
    expect(await mailTo('founder@example.org')).toEqual([]);
    expect(await count('pending_registrations', 'founder@example.org')).toBe(0);
  });

  it('answers a new and a registered address byte for byte the same, without a cookie, and mails each its own next step', async () => {
    await newUser(t, { email: 'taken@example.org' });
    const fresh = await t.client().raw('POST', '/api/auth/register', { ...registration, email: 'fresh@example.org' });
    const taken = await t.client().raw('POST', '/api/auth/register', { ...registration, email: 'taken@example.org' });

    for (const response of [fresh, taken]) {
      expect(response.status).toBe(202);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect(fresh.body).toEqual({ status: 'confirmation_sent', email: 'fresh@example.org' });
    // Apart from the address each one echoes, the two answers are the same bytes under the same headers.
    expect(JSON.stringify(taken.body).replace('taken@', 'fresh@')).toBe(JSON.stringify(fresh.body));
    const headerNames = (response: typeof fresh) => [...response.headers.keys()].sort();
    expect(headerNames(taken)).toEqual(headerNames(fresh));
    expect(taken.contentType).toBe(fresh.contentType);

    const [toFresh] = await mailTo('fresh@example.org');
    expect(toFresh).toMatchObject({ kind: 'registration-confirmation', subject: 'Finish creating your Rounds account' });
    expect(toFresh.text_body).toMatch(/expires on/);
    expect(toFresh.text_body).not.toContain(registration.displayName);
    const [toTaken] = await mailTo('taken@example.org');
    expect(toTaken).toMatchObject({ kind: 'registration-account-exists', subject: 'You already have a Rounds account' });
    expect(toTaken.text_body).toContain('https://rounds.example.org/sign-in');
    expect(toTaken.text_body).not.toContain('/register/confirm/');

    // Only the new address waits for confirmation; the existing account is untouched.
    expect(await count('pending_registrations', 'fresh@example.org')).toBe(1);
    expect(await count('pending_registrations', 'taken@example.org')).toBe(0);
    expect(await count('users', 'fresh@example.org')).toBe(0);
    const signIn = await t.client().call(routes.login, { body: { email: 'taken@example.org', password: TEST_PASSWORD } });
    expect(signIn.status).toBe(200);
  });

  it('answers byte for byte the same for one address before and after it has an account', async () => {
    const before = await t.client().raw('POST', '/api/auth/register', { ...registration, email: 'twice@example.org' });
    expect((await confirm(await confirmationToken('twice@example.org'))).status).toBe(201);
    const after = await t.client().raw('POST', '/api/auth/register', { ...registration, email: 'twice@example.org' });
    expect(after.status).toBe(before.status);
    expect(JSON.stringify(after.body)).toBe(JSON.stringify(before.body));
    expect((await mailTo('twice@example.org')).map((mail) => mail.kind)).toEqual([
      'registration-confirmation',
      'registration-account-exists',
    ]);
  });

  it('stores only a hash of the token and an argon2id hash of the password', async () => {
    await register('hashes@example.org');
    const token = await confirmationToken('hashes@example.org');
    const [row] = await t.sql<{ token_hash: string; password_hash: string; expires_in_hours: number }>(
      `SELECT token_hash, password_hash, round(extract(epoch FROM expires_at - created_at) / 3600)::int AS expires_in_hours
       FROM pending_registrations WHERE email = 'hashes@example.org'`,
    );
    expect(row.token_hash).not.toContain(token);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.expires_in_hours).toBe(24);
  });

  it('creates the account from the link, signs it in, and lets the link work only once', async () => {
    await register('amara@example.org');
    const token = await confirmationToken('amara@example.org');

    const person = t.client();
    const confirmed = await confirm(token, person);
    expect(confirmed.status).toBe(201);
    expect(confirmed.headers.get('set-cookie')).toMatch(/rounds_session=.+; .*HttpOnly;.* SameSite=Lax/i);
    expect(confirmed.body).toMatchObject({
      email: 'amara@example.org',
      displayName: 'Amara Nwosu',
      timeZone: 'Africa/Lagos',
      track: 'residency_fellowship',
      experienceLevel: 'entry',
      roles: ['candidate'],
    });
    expect((await person.call(routes.me)).body.email).toBe('amara@example.org');
    expect(await count('pending_registrations', 'amara@example.org')).toBe(0);
    // The password chosen when registering is the account's.
    const signIn = await t.client().call(routes.login, { body: { email: 'amara@example.org', password: registration.password } });
    expect(signIn.status).toBe(200);

    const reused = await confirm(token);
    expect(reused.status).toBe(404);
    expect(reused.contentType).toContain('application/problem+json');
    expect(reused.body.detail).toMatch(/already been used/);
    expect(reused.headers.get('set-cookie')).toBeNull();
  });

  it('keeps one pending registration per address: registering again replaces it and its link', async () => {
    await register('again@example.org', { displayName: 'First Try' });
    const first = await confirmationToken('again@example.org');
    await register('again@example.org', { displayName: 'Second Try', timeZone: 'Europe/Lisbon' });
    const second = await confirmationToken('again@example.org');
    expect(second).not.toBe(first);
    expect(await count('pending_registrations', 'again@example.org')).toBe(1);

    expect((await confirm(first)).status).toBe(404);
    const confirmed = await confirm(second);
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ displayName: 'Second Try', timeZone: 'Europe/Lisbon' });
  });

  it('refuses an expired link with 410 every time, creating nothing', async () => {
    await register('late@example.org');
    const token = await confirmationToken('late@example.org');
    await t.sql(`UPDATE pending_registrations SET expires_at = now() - interval '1 minute' WHERE email = 'late@example.org'`);
    for (let attempt = 0; attempt < 2; attempt++) {
      const expired = await confirm(token);
      expect(expired.status).toBe(410);
      expect(expired.body.detail).toMatch(/expired .* Register again/);
    }
    expect(await count('users', 'late@example.org')).toBe(0);
  });

  it('refuses with 409 when the address got an account in the meantime', async () => {
    await register('meanwhile@example.org');
    const token = await confirmationToken('meanwhile@example.org');
    await newUser(t, { email: 'meanwhile@example.org' });
    const late = await confirm(token);
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/already exists: sign in/);
    expect(await count('users', 'meanwhile@example.org')).toBe(1);
  });

  it('creates exactly one account when the same link is confirmed many times at once', async () => {
    await register('race@example.org');
    const token = await confirmationToken('race@example.org');
    const answers = await Promise.all(Array.from({ length: 8 }, () => confirm(token)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 404, 404, 404, 404, 404, 404, 404]);
    expect(await count('users', 'race@example.org')).toBe(1);
    expect(
      (
        await t.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'race@example.org'`,
        )
      )[0].n,
    ).toBe(1);
  });

  it('answers 404 for an unknown link and 400 for something that is not a token', async () => {
    expect((await confirm('x'.repeat(43))).status).toBe(404);
    const short = await t.client().raw('POST', '/api/auth/register/confirm', { token: 'short', password: registration.password });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([
      { field: 'token', message: expect.stringContaining('open the link from the e-mail again') },
    ]);
    const extra = await t.client().raw('POST', '/api/auth/register/confirm', {
      token: 'x'.repeat(43),
      password: registration.password,
      email: 'a@example.org',
    });
    expect(extra.status).toBe(400);
    const withoutPassword = await t.client().raw('POST', '/api/auth/register/confirm', { token: 'x'.repeat(43) });
    expect(withoutPassword.status).toBe(400);
    expect(withoutPassword.body.errors).toEqual([{ field: 'password', message: 'is required' }]);
  });

  it('asks for the password again: a different one is a 400 that says so, creates nothing and leaves the link working', async () => {
    await register('retype@example.org');
    const token = await confirmationToken('retype@example.org');
    const wrong = await confirm(token, t.client(), 'not the registered password');
    expect(wrong.status).toBe(400);
    expect(wrong.contentType).toContain('application/problem+json');
    expect(wrong.body.detail).toMatch(/not the password you registered with/);
    expect(wrong.body.errors).toEqual([{ field: 'password', message: 'is not the password you registered with' }]);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(await count('users', 'retype@example.org')).toBe(0);
    expect(await count('pending_registrations', 'retype@example.org')).toBe(1);

    const right = await confirm(token);
    expect(right.status).toBe(201);
    expect(right.body).toMatchObject({ email: 'retype@example.org' });
  });

  it('still creates an invited account at once, and still says when the invited address is taken', async () => {
    const { coordinator, cohortId } = await newCohort(t);
    const invite = async (email: string) => {
      const invitation = await coordinator.client.call(routes.createInvitation, {
        params: { cohortId },
        body: { email, role: 'candidate' },
      });
      return invitation.body.link!.split('/join/')[1];
    };
    const joined = await register('invited@example.org', { invitationToken: await invite('invited@example.org') });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ email: 'invited@example.org', roles: ['candidate'] });
    expect(joined.headers.get('set-cookie')).toMatch(/rounds_session=/);
    expect((await mailTo('invited@example.org')).map((mail) => mail.kind)).toEqual(['cohort-invitation']);

    const takenInvite = await register('taken@example.org', { invitationToken: await invite('taken@example.org') });
    expect(takenInvite.status).toBe(409);
  });

  it('logs each confirmation link once when no SMTP server is set, outside production, and never the other e-mail', async () => {
    await register('logged@example.org');
    const token = await confirmationToken('logged@example.org');
    expect(logLines.filter((line) => line.includes(token))).toHaveLength(1);
    expect(JSON.parse(logLines.find((line) => line.includes(token))!)).toMatchObject({ level: 30, context: 'Registration' });
    expect(logLines.some((line) => line.includes('taken@example.org') && line.includes('Registration'))).toBe(false);
  });
});

describe('registration with an SMTP server', () => {
  let receiver: SmtpReceiver;
  let t: TestApp;
  const logLines: string[] = [];

  beforeAll(async () => {
    receiver = await SmtpReceiver.start();
    const log = new PassThrough();
    log.on('data', (chunk: Buffer) => logLines.push(...chunk.toString().split('\n').filter(Boolean)));
    t = await startTestApp({ LOG_LEVEL: 'info', SMTP_URL: receiver.url, MAIL_POLL_SECONDS: '0.05' }, { logTo: log });
    await newUser(t, { email: 'founder@example.org', roles: ['coordinator'] });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('delivers the link by e-mail, which finishes the registration, and does not log it', async () => {
    const answer = await t.client().call(routes.register, { body: { ...registration, email: 'mailed@example.org' } });
    expect(answer.status).toBe(202);
    const [mail] = await receiver.waitFor(1, (m) => m.envelope.to.includes('mailed@example.org'));
    const token = /\/register\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')![1];
    expect(logLines.some((line) => line.includes(token))).toBe(false);
    const confirmed = await t.client().call(routes.confirmRegistration, { body: { token, password: registration.password } });
    expect(confirmed.status).toBe(201);
  });
});
