import { isSocketFailure, routes, type AccountExport } from '@rounds/shared';
import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { USER_REFERENCES } from '../src/account/personal-data.repository.js';
import type { ApiClient } from './support/api-client.js';
import { addToCohort, newCohort, newUser, TEST_PASSWORD, type TestPerson } from './support/factories.js';
import { ALWAYS_AVAILABLE, readLinkToken } from './support/fixture-world.js';
import { startSecondInstance, type SecondInstance } from './support/second-instance.js';
import { closeSockets, connectSocket, request, type TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const NEW_PASSWORD = 'a fresh passphrase of mine';
const HOUR = 3_600_000;

/** Issue 18, point 4: accounts people can recover and leave. */
describe('accounts people can recover and leave', () => {
  let t: TestApp;
  let second: SecondInstance;
  const logLines: string[] = [];
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    const log = new PassThrough();
    log.on('data', (chunk: Buffer) => logLines.push(...chunk.toString().split('\n').filter(Boolean)));
    t = await startTestApp({ LOG_LEVEL: 'info' }, { logTo: log });
    second = await startSecondInstance(t, { logTo: log });
  }, 60_000);
  afterEach(async () => {
    await closeSockets(sockets.splice(0));
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  /** Another browser of the same person, signed in with the password given. */
  async function signIn(email: string, password = TEST_PASSWORD): Promise<ApiClient> {
    const client = t.client();
    const answer = await client.call(routes.login, { body: { email, password } });
    expect(answer.status).toBe(200);
    return client;
  }

  async function socketOf(client: ApiClient, baseUrl = t.baseUrl): Promise<TestSocket> {
    const socket = await connectSocket(baseUrl, { cookie: client.sessionCookie });
    sockets.push(socket);
    return socket;
  }

  const disconnected = (socket: TestSocket) => new Promise<string>((resolve) => socket.once('disconnect', resolve));
  const loginStatus = async (email: string, password: string) =>
    (await t.client().call(routes.login, { body: { email, password } })).status;
  const passwordHashOf = async (userId: string) =>
    (await t.sql<{ password_hash: string }>(`SELECT password_hash FROM users WHERE id = $1`, [userId]))[0].password_hash;
  const countRows = async (sql: string, params: unknown[]) => (await t.sql<{ n: number }>(sql, params))[0].n;

  describe('changing a password', () => {
    it('refuses a wrong current password with a 400 beside the field, and changes nothing', async () => {
      const person = await newUser(t);
      const other = await signIn(person.email);
      const before = await passwordHashOf(person.user.id);
      const answer = await person.client.call(routes.changePassword, {
        body: { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
      });
      expect(answer.status).toBe(400);
      expect(answer.contentType).toContain('application/problem+json');
      expect(answer.body.detail).toBe('That is not your current password: nothing was changed.');
      expect(answer.body.errors).toEqual([{ field: 'currentPassword', message: 'is not your current password' }]);
      expect(await passwordHashOf(person.user.id)).toBe(before);
      expect((await other.call(routes.me)).status).toBe(200);
      expect(await loginStatus(person.email, TEST_PASSWORD)).toBe(200);
    });

    it('refuses a new password equal to the current one or too short', async () => {
      const person = await newUser(t);
      const same = await person.client.call(routes.changePassword, {
        body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
      });
      expect(same.status).toBe(400);
      expect(same.body.errors).toEqual([{ field: 'newPassword', message: 'must differ from your current password' }]);
      const short = await person.client.call(routes.changePassword, {
        body: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
      });
      expect(short.status).toBe(400);
      expect(short.body.errors).toEqual([{ field: 'newPassword', message: 'needs at least 10 characters' }]);
    });

    it('ends every other sign-in at once, closing their sockets on every instance, and keeps this one', async () => {
      const person = await newUser(t);
      const laptop = await signIn(person.email);
      const phone = await signIn(person.email);
      const here = await socketOf(person.client);
      const laptopSocket = await socketOf(laptop);
      const phoneSocketElsewhere = await socketOf(phone, second.baseUrl);
      const laptopGone = disconnected(laptopSocket);
      const phoneGone = disconnected(phoneSocketElsewhere);

      const answer = await person.client.call(routes.changePassword, {
        body: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      });
      expect(answer.status).toBe(204);
      expect(await laptopGone).toBe('io server disconnect');
      expect(await phoneGone).toBe('io server disconnect');

      expect((await laptop.call(routes.me)).status).toBe(401);
      expect((await phone.call(routes.me)).status).toBe(401);
      expect((await person.client.call(routes.me)).status).toBe(200);
      expect(here.connected).toBe(true);
      expect(isSocketFailure(await request(here, 'practice:leave', {}))).toBe(false);
      expect(await countRows(`SELECT count(*)::int AS n FROM auth_sessions WHERE user_id = $1`, [person.user.id])).toBe(1);

      expect(await loginStatus(person.email, TEST_PASSWORD)).toBe(401);
      expect(await loginStatus(person.email, NEW_PASSWORD)).toBe(200);
      const [notice] = await t.sql<{ subject: string }>(
        `SELECT subject FROM outbox_messages WHERE to_address = $1 AND kind = 'password-changed'`,
        [person.email],
      );
      expect(notice.subject).toBe('Your Rounds password was changed');
    });

    it('is for signed-in people only', async () => {
      const answer = await t.client().call(routes.changePassword, {
        body: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      });
      expect(answer.status).toBe(401);
    });
  });

  describe('signing out everywhere', () => {
    it('ends every sign-in, this one included, clears the cookie and closes every socket', async () => {
      const person = await newUser(t);
      const other = await signIn(person.email);
      const sockets = [await socketOf(person.client), await socketOf(other, second.baseUrl)];
      const gone = sockets.map(disconnected);
      const answer = await person.client.call(routes.signOutEverywhere);
      expect(answer.status).toBe(204);
      expect(answer.headers.get('set-cookie')).toMatch(/rounds_session=;/);
      expect(await Promise.all(gone)).toEqual(['io server disconnect', 'io server disconnect']);
      expect((await other.call(routes.me)).status).toBe(401);
      expect(await countRows(`SELECT count(*)::int AS n FROM auth_sessions WHERE user_id = $1`, [person.user.id])).toBe(0);
      // The password still works: signing out is not a lockout.
      expect(await loginStatus(person.email, TEST_PASSWORD)).toBe(200);
    });
  });

  describe('forgotten password', () => {
    const requestReset = (email: string, client = t.client()) => client.call(routes.requestPasswordReset, { body: { email } });
    const reset = (token: string, password = NEW_PASSWORD) =>
      t.client().call(routes.resetPassword, { body: { token, password } });
    const resetMail = (email: string) =>
      t.sql<{ subject: string; text_body: string }>(
        `SELECT subject, text_body FROM outbox_messages WHERE to_address = $1 AND kind = 'password-reset' ORDER BY created_at`,
        [email],
      );

    it('answers every address the same, and mails a link only to an address with an account', async () => {
      const person = await newUser(t);
      const unknown = `nobody-${randomUUID()}@example.org`;
      const known = await t.client().raw('POST', '/api/auth/password-reset', { email: person.email });
      const stranger = await t.client().raw('POST', '/api/auth/password-reset', { email: unknown });
      for (const answer of [known, stranger]) {
        expect(answer.status).toBe(202);
        expect(answer.headers.get('set-cookie')).toBeNull();
      }
      expect(known.body).toEqual({ status: 'reset_requested', email: person.email });
      expect(JSON.stringify(stranger.body).replace(unknown, person.email)).toBe(JSON.stringify(known.body));
      expect([...stranger.headers.keys()].sort()).toEqual([...known.headers.keys()].sort());

      const [mail] = await resetMail(person.email);
      expect(mail.subject).toBe('Set a new Rounds password');
      expect(mail.text_body).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}/);
      expect(mail.text_body).toMatch(/works once and expires on/);
      expect(await resetMail(unknown)).toEqual([]);
      expect(await countRows(`SELECT count(*)::int AS n FROM outbox_messages WHERE to_address = $1`, [unknown])).toBe(0);
    });

    it('stores only a hash of the token, valid for one hour, and logs the link once without SMTP', async () => {
      const person = await newUser(t);
      await requestReset(person.email);
      const token = await readLinkToken(t, person.email, 'password-reset', '/reset-password/');
      const [row] = await t.sql<{ token_hash: string; minutes: number }>(
        `SELECT token_hash, round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes
           FROM password_resets WHERE user_id = $1`,
        [person.user.id],
      );
      expect(row.token_hash).not.toContain(token);
      expect(row.minutes).toBe(60);
      const logged = logLines.filter((line) => line.includes(token));
      expect(logged).toHaveLength(1);
      expect(JSON.parse(logged[0])).toMatchObject({ level: 30, context: 'Passwords' });
    });

    it('sets a new password once, ends every sign-in and closes its sockets; nobody is signed in by it', async () => {
      const person = await newUser(t);
      const other = await signIn(person.email);
      const sockets = [await socketOf(person.client), await socketOf(other, second.baseUrl)];
      const gone = sockets.map(disconnected);
      await requestReset(person.email);
      const token = await readLinkToken(t, person.email, 'password-reset', '/reset-password/');

      const used = await reset(token);
      expect(used.status).toBe(204);
      expect(used.headers.get('set-cookie')).toBeNull();
      expect(await Promise.all(gone)).toEqual(['io server disconnect', 'io server disconnect']);
      expect((await person.client.call(routes.me)).status).toBe(401);
      expect((await other.call(routes.me)).status).toBe(401);
      expect(await loginStatus(person.email, TEST_PASSWORD)).toBe(401);
      expect(await loginStatus(person.email, NEW_PASSWORD)).toBe(200);

      const again = await reset(token, 'yet another passphrase');
      expect(again.status).toBe(404);
      expect(again.contentType).toContain('application/problem+json');
      expect(again.body.detail).toMatch(/not valid or has already been used.*Forgot your password\?/);
      expect(await loginStatus(person.email, NEW_PASSWORD)).toBe(200);
    });

    it('refuses an expired link with 410 every time, changing nothing', async () => {
      const person = await newUser(t);
      await requestReset(person.email);
      const token = await readLinkToken(t, person.email, 'password-reset', '/reset-password/');
      await t.sql(`UPDATE password_resets SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [person.user.id]);
      const before = await passwordHashOf(person.user.id);
      for (let attempt = 0; attempt < 2; attempt++) {
        const expired = await reset(token);
        expect(expired.status).toBe(410);
        expect(expired.body.detail).toMatch(/expired on .* Ask for a new one/);
      }
      expect(await passwordHashOf(person.user.id)).toBe(before);
      expect((await person.client.call(routes.me)).status).toBe(200);
    });

    it('answers 404 for an unknown link, 400 for a malformed one or a short password, and a newer link replaces an older', async () => {
      expect((await reset('x'.repeat(43))).status).toBe(404);
      const malformed = await t
        .client()
        .raw('POST', '/api/auth/password-reset/confirm', { token: 'short', password: NEW_PASSWORD });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([
        { field: 'token', message: expect.stringContaining('open the link from the e-mail') },
      ]);

      const person = await newUser(t);
      await requestReset(person.email);
      const first = await readLinkToken(t, person.email, 'password-reset', '/reset-password/');
      await requestReset(person.email);
      const latest = await readLinkToken(t, person.email, 'password-reset', '/reset-password/');
      expect(latest).not.toBe(first);
      const weak = await reset(latest, 'short');
      expect(weak.status).toBe(400);
      expect(weak.body.errors).toEqual([{ field: 'password', message: 'needs at least 10 characters' }]);
      expect((await reset(first)).status).toBe(404);
      expect((await reset(latest)).status).toBe(204);
    });

    it('sends an address at most three links an hour, whether or not it has an account', async () => {
      const person = await newUser(t);
      for (const email of [person.email, `nobody-${randomUUID()}@example.org`]) {
        const answers = [];
        for (let i = 0; i < 4; i++) answers.push(await requestReset(email));
        expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 429]);
        expect(answers[3].body.detail).toMatch(/several times in the last hour/);
        expect(answers[3].headers.get('retry-after')).toMatch(/^\d+$/);
      }
      expect(await resetMail(person.email)).toHaveLength(3);
    });

    it('limits requests per client address', async () => {
      const limited = await startTestApp({ PASSWORD_RESET_MAX_PER_HOUR: '2' });
      try {
        const ask = () =>
          limited.client().call(routes.requestPasswordReset, { body: { email: `someone-${randomUUID()}@example.org` } });
        expect([(await ask()).status, (await ask()).status]).toEqual([202, 202]);
        const refused = await ask();
        expect(refused.status).toBe(429);
        expect(refused.body.detail).toMatch(/Too many password reset requests from your address/);
      } finally {
        await limited.close();
      }
    });
  });

  /** A cohort with its coordinator, a mentor and a candidate, everyone free at any time. */
  async function cohortWithPeople() {
    const { coordinator, cohortId } = await newCohort(t, `Cohort ${randomUUID().slice(0, 6)}`);
    const candidate = await newUser(t, { displayName: 'Leaving Candidate' });
    const mentor = await newUser(t, { roles: ['mentor'], displayName: 'Staying Mentor' });
    await addToCohort(t, cohortId, candidate, 'candidate');
    await addToCohort(t, cohortId, mentor, 'mentor');
    for (const person of [candidate, mentor]) {
      expect((await person.client.call(routes.updateAvailability, { body: ALWAYS_AVAILABLE })).status).toBe(200);
    }
    let slot = 0;
    const schedule = async (daysAhead: number) => {
      const start = Math.ceil((Date.now() + daysAhead * 24 * HOUR) / HOUR) * HOUR + slot++ * 2 * HOUR;
      const created = await coordinator.client.call(routes.scheduleSession, {
        params: { cohortId },
        body: {
          kind: 'mentor_interview',
          track: 'residency_fellowship',
          startsAt: new Date(start).toISOString(),
          durationMinutes: 30,
          participants: [
            { userId: candidate.user.id, role: 'candidate' },
            { userId: mentor.user.id, role: 'interviewer' },
          ],
        },
      });
      expect(created.status).toBe(201);
      return created.body.id;
    };
    /** A session of the two that ended `hoursAgo`. */
    const ended = async (hoursAgo: number) => {
      const sessionId = await schedule(2);
      await t.sql(`UPDATE sessions SET status = 'completed', starts_at = $2, ends_at = $3 WHERE id = $1`, [
        sessionId,
        new Date(Date.now() - hoursAgo * HOUR - 30 * 60_000),
        new Date(Date.now() - hoursAgo * HOUR),
      ]);
      await t.sql(`UPDATE session_participants SET during = tstzrange($2, $3) WHERE session_id = $1`, [
        sessionId,
        new Date(Date.now() - hoursAgo * HOUR - 30 * 60_000),
        new Date(Date.now() - hoursAgo * HOUR),
      ]);
      return sessionId;
    };
    return { coordinator, cohortId, candidate, mentor, schedule, ended };
  }

  async function submittedForm(sessionId: string, kind: string, author: TestPerson, about: TestPerson, status = 'submitted') {
    await t.sql(
      `INSERT INTO feedback_forms (session_id, kind, author_id, about_id, status, content, submitted_at)
       VALUES ($1, $2, $3, $4, $5, '{"summary": "Clear and structured."}', CASE WHEN $5 = 'submitted' THEN now() END)`,
      [sessionId, kind, author.user.id, about.user.id, status],
    );
  }

  describe('exporting my data', () => {
    it('downloads one JSON attachment with every section, feedback about me only once released, and nothing secret', async () => {
      const { cohortId, candidate, mentor, schedule, ended } = await cohortWithPeople();
      await candidate.client.call(routes.updateAccommodations, {
        params: { userId: candidate.user.id },
        body: { extraTime: 1.5, audioOnly: true, reducedMotion: false, timerAnnouncements: true },
      });
      const upcoming = await schedule(3);
      const longAgo = await ended(72);
      const justNow = await ended(1);
      await submittedForm(longAgo, 'interviewer', mentor, candidate);
      await submittedForm(justNow, 'interviewer', mentor, candidate);
      await submittedForm(longAgo, 'rating', candidate, mentor, 'draft');
      await t.sql(
        `INSERT INTO room_notes (session_id, author_id, question_id, text, saved_at) VALUES ($1, $2, $3, 'Lead with the outcome.', now())`,
        [longAgo, candidate.user.id, randomUUID()],
      );
      // The room's chat: what the person wrote is theirs to take; what their partner wrote is not.
      await t.sql(
        `INSERT INTO room_messages (session_id, author_id, text, sent_at) VALUES ($1, $2, 'Can you hear me?', now() - interval '72 hours'), ($1, $3, 'Yes, clearly.', now() - interval '72 hours')`,
        [longAgo, candidate.user.id, mentor.user.id],
      );
      const from = Date.now() + 30 * 60_000;
      const standby = await candidate.client.call(routes.joinStandby, {
        params: { cohortId },
        body: { from: new Date(from).toISOString(), to: new Date(from + HOUR).toISOString(), track: 'residency_fellowship' },
      });
      expect(standby.status).toBe(201);

      const download = await candidate.client.call(routes.exportAccount);
      expect(download.status).toBe(200);
      expect(download.contentType).toContain('application/json');
      expect(download.headers.get('content-disposition')).toMatch(
        /^attachment; filename="rounds-account-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      const data = download.body as AccountExport;
      expect(Object.keys(data).sort()).toEqual(
        [
          'availability',
          'exportedAt',
          'feedback',
          'memberships',
          'profile',
          'reliability',
          'roomChat',
          'roomNotes',
          'sessions',
          'standby',
        ].sort(),
      );
      expect(data.profile).toMatchObject({
        email: candidate.email,
        roles: ['candidate'],
        accommodations: { extraTime: 1.5, audioOnly: true, reducedMotion: false, timerAnnouncements: true },
      });
      expect(data.memberships.map((m) => [m.id, m.myRoles])).toEqual([[cohortId, ['candidate']]]);
      expect(data.availability.windows).toHaveLength(7);
      expect(data.sessions.map((s) => s.id).sort()).toEqual([upcoming, longAgo, justNow].sort());
      expect(data.roomNotes).toEqual([{ sessionId: longAgo, notes: expect.any(Object) }]);
      expect(Object.values(data.roomNotes[0].notes)).toEqual(['Lead with the outcome.']);
      expect(data.roomChat).toEqual([{ sessionId: longAgo, text: 'Can you hear me?', sentAt: expect.any(String) }]);
      expect(data.standby).toEqual([expect.objectContaining({ id: standby.body.id, cohortId })]);
      expect(data.reliability).toMatchObject({ standing: 'reliable' });

      const feedbackOf = (sessionId: string) => data.feedback.find((f) => f.sessionId === sessionId)!;
      expect(feedbackOf(longAgo).received).toHaveLength(1);
      expect(feedbackOf(longAgo).written.map((f) => [f.kind, f.status])).toEqual([['rating', 'draft']]);
      // Submitted an hour ago and the candidate has not assessed themselves: not released yet, so not theirs to see.
      expect(feedbackOf(justNow).received).toEqual([]);
      expect(data.feedback.every((f) => f.all === null)).toBe(true);

      const text = JSON.stringify(data);
      const [secrets] = await t.sql<{ password_hash: string }>(`SELECT password_hash FROM users WHERE id = $1`, [
        candidate.user.id,
      ]);
      expect(text).not.toContain(secrets.password_hash);
      expect(text).not.toMatch(/argon2|passwordHash|password_hash|tokenHash|token_hash/i);
      expect(text).not.toContain(candidate.client.sessionCookie!.split('=')[1]);
    });

    it('is for signed-in people only', async () => {
      expect((await t.client().call(routes.exportAccount)).status).toBe(401);
    });
  });

  describe('deleting my account', () => {
    it('needs the password: a wrong one is a 400 beside the field and nothing is removed', async () => {
      const person = await newUser(t);
      const answer = await person.client.call(routes.deleteAccount, { body: { password: 'not my password' } });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([{ field: 'password', message: 'is not your current password' }]);
      expect((await person.client.call(routes.me)).body).toMatchObject({ email: person.email, displayName: 'Test Person' });
    });

    it('tells the last coordinator of a cohort, by name, to hand it over first, and deletes nothing', async () => {
      const { coordinator, cohortId } = await newCohort(t, 'Cardiology fellowship prep');
      const refused = await coordinator.client.call(routes.deleteAccount, { body: { password: TEST_PASSWORD } });
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toMatch(
        /only coordinator of “Cardiology fellowship prep”: make another member its coordinator first/,
      );
      expect((await coordinator.client.call(routes.me)).status).toBe(200);
      expect(await countRows(`SELECT count(*)::int AS n FROM cohort_members WHERE user_id = $1`, [coordinator.user.id])).toBe(1);

      const successor = await newUser(t, { roles: ['coordinator'] });
      await addToCohort(t, cohortId, successor, 'coordinator');
      expect((await coordinator.client.call(routes.deleteAccount, { body: { password: TEST_PASSWORD } })).status).toBe(204);
      expect((await successor.client.call(routes.getCohort, { params: { cohortId } })).status).toBe(200);
    });

    it('removes what is theirs, keeps what others need under "a former member", cancels their upcoming sessions, ends every sign-in and frees the address', async () => {
      const { cohortId, candidate, mentor, schedule, ended } = await cohortWithPeople();
      const upcoming = await schedule(3);
      const past = await ended(72);
      await submittedForm(past, 'rating', candidate, mentor);
      await submittedForm(past, 'self', candidate, candidate, 'draft');
      await submittedForm(past, 'interviewer', mentor, candidate);
      await t.sql(
        `INSERT INTO room_notes (session_id, author_id, question_id, text, saved_at) VALUES ($1, $2, $3, 'My note.', now())`,
        [past, candidate.user.id, randomUUID()],
      );
      await candidate.client.call(routes.updateAccommodations, {
        params: { userId: candidate.user.id },
        body: { extraTime: 2, audioOnly: true, reducedMotion: true, timerAnnouncements: true },
      });
      const from = Date.now() + 30 * 60_000;
      await candidate.client.call(routes.joinStandby, {
        params: { cohortId },
        body: { from: new Date(from).toISOString(), to: new Date(from + HOUR).toISOString(), track: 'residency_fellowship' },
      });
      const phone = await signIn(candidate.email);
      const gone = [await socketOf(candidate.client), await socketOf(phone, second.baseUrl)].map(disconnected);
      const id = candidate.user.id;

      const deleted = await candidate.client.call(routes.deleteAccount, { body: { password: TEST_PASSWORD } });
      expect(deleted.status).toBe(204);
      expect(deleted.headers.get('set-cookie')).toMatch(/rounds_session=;/);
      expect(await Promise.all(gone)).toEqual(['io server disconnect', 'io server disconnect']);
      expect((await phone.call(routes.me)).status).toBe(401);
      expect(await loginStatus(candidate.email, TEST_PASSWORD)).toBe(401);

      // Theirs: gone.
      for (const [table, column] of [
        ['availability_windows', 'user_id'],
        ['availability_exceptions', 'user_id'],
        ['standby_entries', 'user_id'],
        ['room_notes', 'author_id'],
        ['cohort_members', 'user_id'],
        ['auth_sessions', 'user_id'],
      ]) {
        expect([table, await countRows(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id])]).toEqual([
          table,
          0,
        ]);
      }
      expect(
        await countRows(`SELECT count(*)::int AS n FROM feedback_forms WHERE author_id = $1 AND status = 'draft'`, [id]),
      ).toBe(0);
      const [row] = await t.sql<Record<string, unknown>>(
        `SELECT email, display_name, password_hash, bio, roles, extra_time, audio_only, deleted_at FROM users WHERE id = $1`,
        [id],
      );
      expect(row).toMatchObject({
        display_name: 'a former member',
        password_hash: '',
        bio: null,
        roles: [],
        extra_time: 1,
        audio_only: false,
      });
      expect(row.email).not.toContain(candidate.email);
      expect(row.deleted_at).toBeInstanceOf(Date);
      // The emptied row is nobody's: not even a reset link can be sent to it.
      expect((await t.client().call(routes.requestPasswordReset, { body: { email: row.email } })).status).toBe(202);
      expect(await countRows(`SELECT count(*)::int AS n FROM password_resets WHERE user_id = $1`, [id])).toBe(0);

      // Others': kept, with the author shown as a former member.
      expect(
        await countRows(`SELECT count(*)::int AS n FROM feedback_forms WHERE author_id = $1 AND status = 'submitted'`, [id]),
      ).toBe(1);
      expect(
        await countRows(`SELECT count(*)::int AS n FROM feedback_forms WHERE about_id = $1 AND author_id = $2`, [
          id,
          mentor.user.id,
        ]),
      ).toBe(1);
      const pastSession = await mentor.client.call(routes.getSession, { params: { sessionId: past } });
      expect(pastSession.status).toBe(200);
      expect(pastSession.body.participants.map((p) => p.displayName).sort()).toEqual(['Staying Mentor', 'a former member']);

      // Their upcoming session is cancelled, and the mentor is told.
      const cancelled = await mentor.client.call(routes.getSession, { params: { sessionId: upcoming } });
      expect(cancelled.body.status).toBe('cancelled');
      const notices = await t.sql<{ kind: string; text_body: string }>(
        `SELECT kind, text_body FROM outbox_messages WHERE to_address = $1 AND metadata ->> 'sessionId' = $2 ORDER BY created_at`,
        [mentor.email, upcoming],
      );
      expect(notices.map((n) => n.kind)).toContain('session-cancelled');
      expect(await countRows(`SELECT count(*)::int AS n FROM outbox_messages WHERE to_address = $1`, [candidate.email])).toBe(0);

      // The address can register again.
      const again = await t.client().call(routes.register, {
        body: { email: candidate.email, password: NEW_PASSWORD, displayName: 'Back Again', timeZone: 'UTC' },
      });
      expect(again.status).toBe(202);
      const token = await readLinkToken(t, candidate.email, 'registration-confirmation', '/register/confirm/');
      const confirmed = await t.client().call(routes.confirmRegistration, { body: { token, password: NEW_PASSWORD } });
      expect(confirmed.status).toBe(201);
      expect(confirmed.body.id).not.toBe(id);
    });

    it('accounts for every column that references users (a new one must say whether deletion erases or keeps it)', async () => {
      const references = await t.sql<{ reference: string }>(
        `SELECT src.relname || '.' || a.attname AS reference
           FROM pg_constraint c
           JOIN pg_class src ON src.oid = c.conrelid
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
          WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass
          ORDER BY 1`,
      );
      expect(references.map((r) => r.reference).sort()).toEqual(Object.keys(USER_REFERENCES).sort());
    });
  });
});
