import { formatInZone, routes } from '@rounds/shared';
import ICAL from 'ical.js';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logging/logger.js';
import { buildSessionInvite, inviteMethod } from '../src/notifications/calendar-invite.js';
import { OutboxDispatcher, retryDelaySeconds, type DeliveryOutcome } from '../src/notifications/outbox-dispatcher.service.js';
import {
  REMINDER_QUEUE,
  SessionRemindersService,
  reminderJobId,
  reminderPlan,
} from '../src/scheduling/session-reminders.service.js';
import { addToCohort, newCohort, newUser, type TestPerson } from './support/factories.js';
import { SmtpReceiver, type ReceivedMail } from './support/smtp-receiver.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A whole hour (UTC) `days` from today: far enough ahead for every rule, and a round value to compare. */
function inDays(days: number, hourUtc: number): string {
  const today = new Date();
  return new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + days * DAY + hourUtc * HOUR,
  ).toISOString();
}

/** Collects what an event source reports and lets a test wait for it, the way SmtpReceiver does for mail. */
class Collector<T> {
  readonly seen: T[] = [];
  private waiters: { count: number; filter: (item: T) => boolean; resolve: (items: T[]) => void }[] = [];

  push = (item: T): void => {
    this.seen.push(item);
    for (const waiter of [...this.waiters]) {
      const matching = this.seen.filter(waiter.filter);
      if (matching.length >= waiter.count) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(matching);
      }
    }
  };

  /** Resolves once `count` matching items arrived; fails (before jest's 5 s test timeout) with what was seen. */
  waitFor(count: number, filter: (item: T) => boolean, timeoutMs = 4_000): Promise<T[]> {
    const matching = this.seen.filter(filter);
    if (matching.length >= count) return Promise.resolve(matching);
    return new Promise((resolve, reject) => {
      const waiter = { count, filter, resolve: (items: T[]) => (clearTimeout(timer), resolve(items)) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`expected ${count} event(s), saw ${this.seen.filter(filter).length}: ${JSON.stringify(this.seen)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}

interface Invite {
  method: string;
  timeZone: string;
  uid: string;
  sequence: number;
  start: string;
  end: string;
  status: string;
  summary: string;
  description: string;
  url: string;
  organizer: string;
  attendees: string[];
}

/** Reads an invite the way a calendar would, with ical.js. */
function parseInvite(text: string): Invite {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    timeZone: String(calendar.getFirstPropertyValue('x-wr-timezone')),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    status: String(vevent.getFirstPropertyValue('status')),
    summary: event.summary,
    description: event.description,
    url: String(vevent.getFirstPropertyValue('url') ?? ''),
    organizer: event.organizer,
    attendees: event.attendees.map((attendee) => String(attendee.getFirstValue()).replace(/^mailto:/i, 'mailto:')).sort(),
  };
}

async function member(
  t: TestApp,
  cohortId: string,
  role: 'candidate' | 'mentor',
  displayName: string,
  timeZone: string,
): Promise<TestPerson> {
  const person = await newUser(t, { roles: [role], displayName, timeZone });
  await addToCohort(t, cohortId, person, role);
  return person;
}

async function schedule(
  coordinator: TestPerson,
  cohortId: string,
  people: [TestPerson, TestPerson],
  startsAt: string,
  durationMinutes = 45,
) {
  const created = await coordinator.client.call(routes.scheduleSession, {
    params: { cohortId },
    body: {
      kind: 'mentor_interview',
      track: 'residency_fellowship',
      startsAt,
      durationMinutes,
      participants: [
        { userId: people[0].user.id, role: 'interviewer' },
        { userId: people[1].user.id, role: 'candidate' },
      ],
    },
  });
  expect(created.status).toBe(201);
  return created.body;
}

const reminderJobs = (t: TestApp, sessionId: string) =>
  t.sql<{ id: string; start_after: Date; singleton_key: string; data: { sequence: number; minutesBefore: number } }>(
    `SELECT id, start_after, singleton_key, data FROM pgboss.job WHERE name = $1 AND data->>'sessionId' = $2 ORDER BY start_after`,
    [REMINDER_QUEUE, sessionId],
  );

describe('mail settings and invites (no server)', () => {
  it('checks SMTP_URL and MAIL_FROM at start-up', () => {
    expect(loadConfig({})).toMatchObject({
      smtpUrl: undefined,
      mailFrom: { name: 'Rounds', address: 'rounds@localhost' },
      mailPollMs: 5000,
      mailMaxAttempts: 8,
    });
    expect(
      loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465', MAIL_FROM: 'clinic@example.org', MAIL_POLL_SECONDS: '0.5' }),
    ).toMatchObject({
      smtpUrl: 'smtps://u:p@mail.example.org:465',
      mailFrom: { name: '', address: 'clinic@example.org' },
      mailPollMs: 500,
    });
    expect(() => loadConfig({ SMTP_URL: 'https://mail.example.org' })).toThrow(
      /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
    expect(() => loadConfig({ MAIL_FROM: 'Rounds <not an address>' })).toThrow(/MAIL_FROM: must be an address/);
    expect(() => loadConfig({ JOBS_POLL_SECONDS: '0.1' })).toThrow(/JOBS_POLL_SECONDS/);
  });

  it('builds invites calendars can read, whatever the names hold', () => {
    const ics = buildSessionInvite({
      method: 'REQUEST',
      sessionId: '6f1c1f0e-1111-4222-8333-444455556666',
      sequence: 3,
      startsAt: new Date('2027-03-14T08:30:00Z'),
      endsAt: new Date('2027-03-14T09:15:00Z'),
      summary: 'Mentor interview with Dr "Jo" Smith; PGY-2, ICU',
      description: 'Your time: Sun 14 Mar, 14:00 (Asia/Kolkata)\nDr "Jo" Smith\'s time: Sun 14 Mar, 03:30 (America/Chicago)',
      organizer: { name: 'Rounds', address: 'rounds@example.org' },
      attendees: [
        { name: 'Dr "Jo" Smith, MD', email: 'jo@example.org' },
        { name: 'Ana\nRuiz', email: 'ana@example.org' },
      ],
      timeZone: 'Asia/Kolkata',
    });
    expect(inviteMethod(ics)).toBe('REQUEST');
    const invite = parseInvite(ics);
    expect(invite).toMatchObject({
      uid: 'session-6f1c1f0e-1111-4222-8333-444455556666@rounds',
      sequence: 3,
      start: '2027-03-14T08:30:00.000Z',
      end: '2027-03-14T09:15:00.000Z',
      summary: 'Mentor interview with Dr "Jo" Smith; PGY-2, ICU',
      attendees: ['mailto:ana@example.org', 'mailto:jo@example.org'],
    });
    expect(invite.description).toContain('03:30 (America/Chicago)');
    const names = new ICAL.Component(ICAL.parse(ics) as unknown[])
      .getFirstSubcomponent('vevent')!
      .getAllProperties('attendee')
      .map((p) => p.getParameter('cn'));
    expect(names).toEqual(["Dr 'Jo' Smith, MD", 'Ana Ruiz']);
    expect(inviteMethod(buildSessionInvite({ ...minimalInvite(), method: 'CANCEL' }))).toBe('CANCEL');
  });

  it('pauses longer after each failed attempt, at most an hour', () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 3600, 3600]);
  });
});

function minimalInvite() {
  return {
    sessionId: '6f1c1f0e-1111-4222-8333-444455556666',
    sequence: 1,
    startsAt: new Date('2027-03-14T08:30:00Z'),
    endsAt: new Date('2027-03-14T09:00:00Z'),
    summary: 'Peer practice',
    description: '',
    organizer: { name: '', address: 'rounds@example.org' },
    attendees: [],
    timeZone: 'UTC',
  };
}

describe('notifications', () => {
  let receiver: SmtpReceiver;
  let t: TestApp;
  let outcomes: Collector<DeliveryOutcome>;

  beforeAll(async () => {
    receiver = await SmtpReceiver.start();
    t = await startTestApp({
      SMTP_URL: receiver.url,
      MAIL_FROM: 'Rounds Test <rounds@rounds.test>',
      MAIL_POLL_SECONDS: '0.05',
      MAIL_MAX_ATTEMPTS: '3',
      JOBS_POLL_SECONDS: '0.5',
    });
    outcomes = new Collector<DeliveryOutcome>();
    t.app.get(OutboxDispatcher).onOutcome(outcomes.push);
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  describe('e-mail over SMTP with calendar invites', () => {
    let coordinator: TestPerson;
    let cohortId: string;
    let mentor: TestPerson;
    let candidate: TestPerson;
    let sessionId: string;
    const startsAt = inDays(9, 14);
    const movedTo = inDays(10, 16);
    const to = (person: TestPerson) => (mail: ReceivedMail) => mail.envelope.to.includes(person.email);
    const subjectOf = (mail: ReceivedMail) => mail.parsed.subject ?? '';

    beforeAll(async () => {
      ({ coordinator, cohortId } = await newCohort(t, 'Invite cohort'));
      mentor = await member(t, cohortId, 'mentor', 'Dr Ada Okafor', 'America/New_York');
      candidate = await member(t, cohortId, 'candidate', 'Priya Raman', 'Asia/Kolkata');
      sessionId = (await schedule(coordinator, cohortId, [mentor, candidate], startsAt)).id;
    });

    it('sends each participant the booking in their own zone and the other’s, with a REQUEST invite', async () => {
      const [toMentor] = await receiver.waitFor(1, to(mentor));
      const [toCandidate] = await receiver.waitFor(1, to(candidate));
      for (const [mail, reader, other] of [
        [toMentor, mentor, candidate],
        [toCandidate, candidate, mentor],
      ] as const) {
        expect(mail.parsed.from?.value).toEqual([{ address: 'rounds@rounds.test', name: 'Rounds Test' }]);
        expect(mail.parsed.subject).toBe(
          `Mentor interview is booked: ${formatInZone(Date.parse(startsAt), reader.user.timeZone)}`,
        );
        expect(mail.parsed.text).toContain(`Your time: ${formatInZone(Date.parse(startsAt), reader.user.timeZone)}`);
        expect(mail.parsed.text).toContain(
          `${other.user.displayName}'s time: ${formatInZone(Date.parse(startsAt), other.user.timeZone)}`,
        );

        // A text/calendar alternative with its method (how mail clients spot an invite), and the same as invite.ics.
        expect(mail.calendar?.method).toBe('REQUEST');
        const attached = mail.parsed.attachments.find((a) => a.filename === 'invite.ics');
        expect(attached?.content.toString('utf8')).toBe(mail.calendar?.text);
        const invite = parseInvite(mail.calendar!.text);
        expect(invite).toMatchObject({
          method: 'REQUEST',
          uid: `session-${sessionId}@rounds`,
          sequence: 0,
          start: startsAt,
          end: new Date(Date.parse(startsAt) + 45 * MINUTE).toISOString(),
          status: 'CONFIRMED',
          timeZone: reader.user.timeZone,
          summary: `Mentor interview with ${other.user.displayName}`,
          organizer: 'mailto:rounds@rounds.test',
          attendees: [`mailto:${candidate.email}`, `mailto:${mentor.email}`].sort(),
        });
        expect(invite.description).toContain(`Your time: ${formatInZone(Date.parse(startsAt), reader.user.timeZone)}`);
        // The invite and the e-mail lead to the session's page, and the e-mail to its room.
        expect(invite.url).toBe(`${t.config.publicUrl}/sessions/${sessionId}`);
        expect(mail.parsed.text).toContain(`Session page: ${t.config.publicUrl}/sessions/${sessionId}\n`);
        expect(mail.parsed.text).toContain(
          `Join the room (it opens 10 minutes before the start): ${t.config.publicUrl}/sessions/${sessionId}/room`,
        );
      }
      // The same event, to add by hand: METHOD:PUBLISH in the reader's zone, same UID and sequence as the invites.
      const download = await candidate.client.call(routes.sessionCalendar, { params: { sessionId } });
      expect(download.status).toBe(200);
      expect(download.contentType).toMatch(/^text\/calendar; charset=utf-8; method=PUBLISH/);
      expect(parseInvite(download.body as unknown as string)).toMatchObject({
        method: 'PUBLISH',
        uid: `session-${sessionId}@rounds`,
        sequence: 0,
        start: startsAt,
        timeZone: candidate.user.timeZone,
        url: `${t.config.publicUrl}/sessions/${sessionId}`,
        summary: `Mentor interview with ${mentor.user.displayName}`,
      });
      // 14:00 UTC is 19:30 in Kolkata (no daylight saving there, so this holds on any date).
      expect(toCandidate.parsed.text).toContain('19:30 (Asia/Kolkata)');

      await outcomes.waitFor(2, (o) => o.status === 'sent' && [mentor.email, candidate.email].includes(o.to));
      const rows = await t.sql<{ sent_at: Date | null; attempts: number; ics: string | null }>(
        `SELECT sent_at, attempts, ics FROM outbox_messages WHERE metadata->>'sessionId' = $1`,
        [sessionId],
      );
      expect(rows).toHaveLength(2);
      expect(rows.every((r) => r.sent_at !== null && r.attempts === 1 && r.ics?.includes('METHOD:REQUEST'))).toBe(true);
      expect(receiver.messages.filter((m) => m.envelope.to.includes(coordinator.email))).toHaveLength(0);
    });

    it('queues reminders 24 hours and 15 minutes before, as jobs written with the booking', async () => {
      const jobs = await reminderJobs(t, sessionId);
      expect(jobs.map((j) => [j.data.sequence, j.data.minutesBefore, j.start_after.toISOString(), j.singleton_key])).toEqual([
        [0, 1440, new Date(Date.parse(startsAt) - DAY).toISOString(), `${sessionId}:0:1440`],
        [0, 15, new Date(Date.parse(startsAt) - 15 * MINUTE).toISOString(), `${sessionId}:0:15`],
      ]);
    });

    it('writes nothing (no message, no job) for a booking the database refuses', async () => {
      const count = async () =>
        (
          await t.sql<{ n: number }>(
            `SELECT ((SELECT count(*) FROM outbox_messages) + (SELECT count(*) FROM pgboss.job))::int AS n`,
          )
        )[0].n;
      const before = await count();
      const other = await member(t, cohortId, 'candidate', 'Sam Lee', 'Europe/London');
      const refused = await coordinator.client.call(routes.scheduleSession, {
        params: { cohortId },
        body: {
          kind: 'mentor_interview',
          track: 'residency_fellowship',
          startsAt,
          participants: [
            { userId: mentor.user.id, role: 'interviewer' },
            { userId: other.user.id, role: 'candidate' },
          ],
        },
      });
      expect(refused.status).toBe(409);
      expect(await count()).toBe(before);
    });

    it('a reschedule updates the same calendar entry: same UID, SEQUENCE 1, the new time; reminders follow', async () => {
      const moved = await coordinator.client.call(routes.rescheduleSession, {
        params: { sessionId },
        body: { startsAt: movedTo, reason: 'Clinic overran' },
      });
      expect(moved.status).toBe(200);
      const mails = (await receiver.waitFor(2, (m) => subjectOf(m).startsWith('Mentor interview was moved'))).filter((m) =>
        m.envelope.to.includes(candidate.email),
      );
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail.parsed.text).toContain(`Your time: ${formatInZone(Date.parse(movedTo), 'Asia/Kolkata')}`);
      expect(mail.parsed.text).toContain(`Dr Ada Okafor's time: ${formatInZone(Date.parse(movedTo), 'America/New_York')}`);
      expect(mail.parsed.text).toContain('Clinic overran');
      expect(mail.calendar?.method).toBe('REQUEST');
      expect(parseInvite(mail.calendar!.text)).toMatchObject({
        method: 'REQUEST',
        uid: `session-${sessionId}@rounds`,
        sequence: 1,
        start: movedTo,
        status: 'CONFIRMED',
      });

      // The first version's reminder jobs are gone; the new version's are queued.
      const jobs = await reminderJobs(t, sessionId);
      expect(jobs.map((j) => [j.data.sequence, j.data.minutesBefore, j.start_after.toISOString()])).toEqual([
        [1, 1440, new Date(Date.parse(movedTo) - DAY).toISOString()],
        [1, 15, new Date(Date.parse(movedTo) - 15 * MINUTE).toISOString()],
      ]);
    });

    it('a cancellation sends METHOD:CANCEL with SEQUENCE 2 and drops the reminders', async () => {
      const cancelled = await coordinator.client.call(routes.cancelSession, {
        params: { sessionId },
        body: { reason: 'Mentor unwell' },
      });
      expect(cancelled.status).toBe(200);
      const mails = await receiver.waitFor(2, (m) => subjectOf(m).startsWith('Mentor interview was cancelled'));
      for (const mail of mails) {
        expect(mail.calendar?.method).toBe('CANCEL');
        expect(parseInvite(mail.calendar!.text)).toMatchObject({
          method: 'CANCEL',
          uid: `session-${sessionId}@rounds`,
          sequence: 2,
          status: 'CANCELLED',
          start: movedTo,
        });
      }
      expect(await reminderJobs(t, sessionId)).toEqual([]);
    });

    it('lists what was sent in the development mailbox', async () => {
      const mailbox = await mentor.client.call(routes.devMailbox);
      expect(mailbox.status).toBe(200);
      expect(mailbox.body.delivery).toBe('smtp');
      const booked = mailbox.body.messages.find((m) => m.kind === 'session-booked' && m.to === mentor.email);
      expect(booked).toMatchObject({ hasInvite: true, attempts: 1, lastError: null, failedAt: null });
      expect(booked?.sentAt).not.toBeNull();
    });
  });

  describe('delivery failures', () => {
    it('keeps a message the SMTP server refuses, retries it after a pause, and gives up after MAIL_MAX_ATTEMPTS', async () => {
      const { coordinator, cohortId } = await newCohort(t, 'Failure cohort');
      const mentor = await member(t, cohortId, 'mentor', 'Dr Lin', 'Europe/Berlin');
      const candidate = await member(t, cohortId, 'candidate', 'Omar Haddad', 'Africa/Cairo');
      const ours = (o: DeliveryOutcome) => [mentor.email, candidate.email].includes(o.to);

      receiver.rejectWith(451, 'Mailbox busy, try again later');
      const session = await schedule(coordinator, cohortId, [mentor, candidate], inDays(12, 9));
      const retrying = await outcomes.waitFor(2, (o) => ours(o) && o.status === 'retrying');
      expect(retrying.every((o) => o.attempts === 1 && /451/.test(o.error ?? ''))).toBe(true);
      const rows = await t.sql<{
        id: string;
        to_address: string;
        attempts: number;
        last_error: string;
        sent_at: Date | null;
        failed_at: Date | null;
        wait: number;
      }>(
        `SELECT id, to_address, attempts, last_error, sent_at, failed_at, extract(epoch FROM next_attempt_at - now())::int AS wait
         FROM outbox_messages WHERE metadata->>'sessionId' = $1 ORDER BY to_address`,
        [session.id],
      );
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        expect(row).toMatchObject({ attempts: 1, sent_at: null, failed_at: null });
        expect(row.last_error).toMatch(/451.*Mailbox busy/);
        expect(row.wait).toBeGreaterThan(20); // the first pause is 30 s
      }
      expect(receiver.messages.filter((m) => m.envelope.to.includes(mentor.email))).toHaveLength(0);

      // The pause is over (as if 30 s had passed) and the server accepts again: the message arrives.
      receiver.accept();
      const [first, second] = rows;
      await t.sql(`UPDATE outbox_messages SET next_attempt_at = now() WHERE id = $1`, [first.id]);
      await outcomes.waitFor(1, (o) => o.id === first.id && o.status === 'sent');
      await receiver.waitFor(1, (m) => m.envelope.to.includes(first.to_address));
      const [delivered] = await t.sql(`SELECT attempts, last_error, sent_at FROM outbox_messages WHERE id = $1`, [first.id]);
      expect(delivered).toMatchObject({ attempts: 2, last_error: null, sent_at: expect.any(Date) });

      // The last allowed attempt fails too: the message is marked failed, kept, and never claimed again.
      receiver.rejectWith(550, 'No such mailbox here');
      await t.sql(`UPDATE outbox_messages SET attempts = 2, next_attempt_at = now() WHERE id = $1`, [second.id]);
      const [gaveUp] = await outcomes.waitFor(1, (o) => o.id === second.id && o.status === 'failed');
      expect(gaveUp).toMatchObject({ attempts: 3, error: expect.stringMatching(/550/) });
      receiver.accept();
      const [failed] = await t.sql<{ attempts: number; sent_at: Date | null; failed_at: Date | null }>(
        `SELECT attempts, sent_at, failed_at FROM outbox_messages WHERE id = $1`,
        [second.id],
      );
      expect(failed).toMatchObject({ attempts: 3, sent_at: null, failed_at: expect.any(Date) });
      expect(await t.app.get(OutboxDispatcher).deliverDue()).toBe(0);
      expect((await t.sql(`SELECT attempts FROM outbox_messages WHERE id = $1`, [second.id]))[0]).toEqual({ attempts: 3 });
    });
  });

  describe('several instances', () => {
    it('deliver each message once between them', async () => {
      // A second replica on the same database, with the same settings, polling alongside the first.
      const databaseUrl = new URL(process.env.ROUNDS_TEST_ADMIN_URL!);
      databaseUrl.pathname = `/${t.databaseName}`;
      const second = await createApp(t.config, databaseUrl.toString(), createLogger(t.config.logLevel));
      await second.listen(0, '127.0.0.1');
      second.get(OutboxDispatcher).onOutcome(outcomes.push);
      const isBurst = (o: DeliveryOutcome) => o.kind === 'burst' && o.status === 'sent';
      try {
        await t.sql(
          `INSERT INTO outbox_messages (kind, to_address, subject, text_body)
           SELECT 'burst', 'burst-' || i || '@example.org', 'Burst ' || i, 'Message ' || i FROM generate_series(1, 20) i`,
        );
        await outcomes.waitFor(20, isBurst, 10_000);
      } finally {
        await second.close(); // waits for its loop to finish whatever it had claimed
      }
      const sent = outcomes.seen.filter(isBurst);
      expect(new Set(sent.map((o) => o.id)).size).toBe(sent.length);
      expect(receiver.messages.filter((m) => (m.parsed.subject ?? '').startsWith('Burst '))).toHaveLength(20);
      expect(
        await t.sql(`SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'burst' AND (sent_at IS NULL OR attempts <> 1)`),
      ).toEqual([{ n: 0 }]);
    }, 15_000);
  });

  describe('reminders', () => {
    it('plans only the reminders still ahead', () => {
      const start = Date.parse('2027-05-10T12:00:00Z');
      expect(reminderPlan(start, start - 2 * DAY).map((r) => [r.minutesBefore, r.at.toISOString()])).toEqual([
        [1440, '2027-05-09T12:00:00.000Z'],
        [15, '2027-05-10T11:45:00.000Z'],
      ]);
      expect(reminderPlan(start, start - 20 * MINUTE).map((r) => r.minutesBefore)).toEqual([15]);
      expect(reminderPlan(start, start - 10 * MINUTE)).toEqual([]);
    });

    it('a session starting in 20 minutes gets the 15-minute reminder only; it goes out to each participant in their zone while the session is unchanged', async () => {
      const reminders = t.app.get(SessionRemindersService);
      const { coordinator, cohortId } = await newCohort(t, 'Reminder cohort');
      const mentor = await member(t, cohortId, 'mentor', 'Dr Silva', 'America/Sao_Paulo');
      const candidate = await member(t, cohortId, 'candidate', 'Mei Chen', 'Asia/Shanghai');
      const session = await schedule(coordinator, cohortId, [mentor, candidate], inDays(15, 10), 30);

      // The session is moved to start in 20 minutes (sooner than the API allows), and its reminders follow.
      const start = new Date(Math.floor((Date.now() + 20 * MINUTE) / 1000) * 1000);
      await t.app.get(DataSource).transaction(async (manager) => {
        await manager.query(`UPDATE sessions SET starts_at = $2, ends_at = $3, calendar_sequence = 1 WHERE id = $1`, [
          session.id,
          start,
          new Date(start.getTime() + 30 * MINUTE),
        ]);
        expect(await reminders.schedule(manager, session.id)).toEqual([
          { sessionId: session.id, sequence: 1, minutesBefore: 15 },
        ]);
      });
      const jobs = await reminderJobs(t, session.id);
      expect(jobs.map((j) => [j.id, j.data.minutesBefore, j.start_after.toISOString()])).toEqual([
        [reminderJobId(session.id, 1, 15), 15, new Date(start.getTime() - 15 * MINUTE).toISOString()],
      ]);

      // A job for an earlier version of the session queues nothing.
      expect(await reminders.handle({ sessionId: session.id, sequence: 0, minutesBefore: 15 })).toBe(0);

      // The job falls due (as if 5 minutes had passed): the worker runs it and each participant gets a reminder.
      await t.sql(`UPDATE pgboss.job SET start_after = now() WHERE name = $1 AND id = $2`, [REMINDER_QUEUE, jobs[0].id]);
      const isReminder = (m: ReceivedMail) =>
        (m.parsed.subject ?? '').startsWith('Reminder:') &&
        [mentor.email, candidate.email].some((e) => m.envelope.to.includes(e));
      const mails = await receiver.waitFor(2, isReminder);
      const toCandidate = mails.find((m) => m.envelope.to.includes(candidate.email))!;
      expect(toCandidate.parsed.text).toMatch(/starts in (19|20) minutes \(30 minutes\)\./);
      expect(toCandidate.parsed.text).toContain(`Your time: ${formatInZone(start, 'Asia/Shanghai')}`);
      expect(toCandidate.parsed.text).toContain(`Dr Silva's time: ${formatInZone(start, 'America/Sao_Paulo')}`);
      expect(toCandidate.calendar).toBeUndefined();

      // Run again (a retried job), it sends nothing twice; once cancelled, nothing at all.
      expect(await reminders.handle({ sessionId: session.id, sequence: 1, minutesBefore: 15 })).toBe(0);
      const cancelled = await coordinator.client.call(routes.cancelSession, {
        params: { sessionId: session.id },
        body: { reason: 'Rescheduling later' },
      });
      expect(cancelled.status).toBe(200);
      await t.sql(`DELETE FROM outbox_messages WHERE kind = 'session-reminder' AND metadata->>'sessionId' = $1`, [session.id]);
      expect(await reminders.handle({ sessionId: session.id, sequence: 1, minutesBefore: 15 })).toBe(0);
      expect(await reminders.handle({ sessionId: session.id, sequence: 2, minutesBefore: 15 })).toBe(0);
      expect(
        await t.sql(`SELECT 1 FROM outbox_messages WHERE kind = 'session-reminder' AND metadata->>'sessionId' = $1`, [
          session.id,
        ]),
      ).toEqual([]);
    });

    it('a reminder job for a session that has already begun sends nothing', async () => {
      const { coordinator, cohortId } = await newCohort(t, 'Late cohort');
      const mentor = await member(t, cohortId, 'mentor', 'Dr Roy', 'UTC');
      const candidate = await member(t, cohortId, 'candidate', 'Ana Ruiz', 'America/Mexico_City');
      const session = await schedule(coordinator, cohortId, [mentor, candidate], inDays(16, 10));
      const reminders = t.app.get(SessionRemindersService);
      expect(
        await reminders.handle({ sessionId: session.id, sequence: 0, minutesBefore: 15 }, Date.parse(session.startsAt) + MINUTE),
      ).toBe(0);
      expect(
        await reminders.handle(
          { sessionId: session.id, sequence: 0, minutesBefore: 15 },
          Date.parse(session.startsAt) - 15 * MINUTE,
        ),
      ).toBe(2);
    });
  });
});

describe('notifications without SMTP_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('sends nothing: messages and their invites wait in the outbox, and the development mailbox lists them', async () => {
    expect(t.app.get(OutboxDispatcher).delivering).toBe(false);
    const { coordinator, cohortId } = await newCohort(t, 'Offline cohort');
    const mentor = await member(t, cohortId, 'mentor', 'Dr Nwosu', 'Africa/Lagos');
    const candidate = await member(t, cohortId, 'candidate', 'Kenji Sato', 'Asia/Tokyo');
    const startsAt = inDays(8, 12);
    const session = await schedule(coordinator, cohortId, [mentor, candidate], startsAt);

    const rows = await t.sql<{ sent_at: Date | null; attempts: number }>(
      `SELECT sent_at, attempts FROM outbox_messages WHERE metadata->>'sessionId' = $1`,
      [session.id],
    );
    expect(rows).toEqual([
      { sent_at: null, attempts: 0 },
      { sent_at: null, attempts: 0 },
    ]);

    // Each person reads only their own mail: other people's messages hold live invitation links.
    expect((await coordinator.client.call(routes.devMailbox)).body.messages.filter((m) => m.to !== coordinator.email)).toEqual(
      [],
    );
    const mailbox = await candidate.client.call(routes.devMailbox);
    expect(mailbox.status).toBe(200);
    expect(mailbox.body.delivery).toBe('outbox-only');
    expect(mailbox.body.messages.every((m) => m.to === candidate.email)).toBe(true);
    const toCandidate = mailbox.body.messages.find((m) => m.to === candidate.email);
    expect(toCandidate).toMatchObject({ kind: 'session-booked', hasInvite: true, sentAt: null, attempts: 0 });
    expect(toCandidate?.text).toContain(`Your time: ${formatInZone(Date.parse(startsAt), 'Asia/Tokyo')}`);
    expect(toCandidate?.text).toContain(`Dr Nwosu's time: ${formatInZone(Date.parse(startsAt), 'Africa/Lagos')}`);
    expect(mailbox.body.messages.length).toBeLessThanOrEqual(100);

    expect((await t.client().call(routes.devMailbox)).status).toBe(401);
  });
});

describe('notifications in production', () => {
  let t: TestApp;
  let closedPort: number;
  beforeAll(async () => {
    // A port nobody listens on: every delivery attempt is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    t = await startTestApp({
      NODE_ENV: 'production',
      SESSION_SECRET: 'p'.repeat(40),
      SMTP_URL: `smtp://127.0.0.1:${closedPort}`,
      MAIL_POLL_SECONDS: '0.05',
    });
  });
  afterAll(() => t?.close());

  it('has no development mailbox (404 problem+json)', async () => {
    const person = await newUser(t);
    const response = await person.client.call(routes.devMailbox);
    expect(response.status).toBe(404);
    expect(response.contentType).toContain('application/problem+json');
  });

  it('loses nothing when the SMTP server cannot be reached: the attempt and its error are recorded', async () => {
    const outcomes = new Collector<DeliveryOutcome>();
    t.app.get(OutboxDispatcher).onOutcome(outcomes.push);
    const { coordinator, cohortId } = await newCohort(t, 'Unreachable cohort');
    const mentor = await member(t, cohortId, 'mentor', 'Dr Park', 'Asia/Seoul');
    const candidate = await member(t, cohortId, 'candidate', 'Lena Vogel', 'Europe/Berlin');
    const session = await schedule(coordinator, cohortId, [mentor, candidate], inDays(11, 8));
    await outcomes.waitFor(2, (o) => o.status === 'retrying');
    const rows = await t.sql<{ attempts: number; last_error: string; sent_at: Date | null; ics: string }>(
      `SELECT attempts, last_error, sent_at, ics FROM outbox_messages WHERE metadata->>'sessionId' = $1`,
      [session.id],
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ attempts: 1, sent_at: null });
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
      expect(row.ics).toContain('METHOD:REQUEST');
    }
  });
});
