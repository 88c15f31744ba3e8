import { routes } from '@rounds/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { HealthService } from '../src/health/health.service.js';
import { JobQueue } from '../src/notifications/job-queue.service.js';
import { OutboxService } from '../src/notifications/outbox.service.js';
import { REMINDER_QUEUE } from '../src/scheduling/session-reminders.service.js';
import { RealtimeService } from '../src/realtime/realtime.service.js';
import { newUser } from './support/factories.js';
import { parsePrometheusText, sampleValue, type Sample } from './support/prometheus-text.js';
import { closeSockets, connectSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'operations-test-secret-that-is-long-enough' };

async function scrape(t: TestApp, headers: Record<string, string> = {}): Promise<Sample[]> {
  const response = await t.client().raw('GET', '/metrics', undefined, headers);
  expect(response.status).toBe(200);
  expect(response.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(response.body as unknown as string);
}

describe('operations: metrics, liveness and readiness', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('times requests by route pattern, never by raw URL, and puts unmatched requests under one label', async () => {
    const person = await newUser(t);
    const sessionId = randomUUID();
    for (let i = 0; i < 3; i += 1) {
      expect((await person.client.call(routes.getSession, { params: { sessionId } })).status).toBe(404);
    }
    expect((await t.client().raw('GET', `/api/no-such-thing/${sessionId}`)).status).toBe(404);

    const samples = await scrape(t);
    const labels = { method: 'GET', route: '/api/sessions/:sessionId', status_code: '404' };
    expect(sampleValue(samples, 'http_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(3);
    expect(sampleValue(samples, 'http_request_duration_seconds_count', labels)).toBe(3);
    expect(
      sampleValue(samples, 'http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status_code: '404' }),
    ).toBe(1);
    expect(
      sampleValue(samples, 'http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/auth/login',
        status_code: '200',
      }),
    ).toBe(1);
    // No label anywhere carries a concrete id.
    expect(samples.filter((s) => Object.values(s.labels).some((value) => value.includes(sessionId)))).toEqual([]);
    // Node's own process metrics come along.
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
  });

  it("counts this instance's socket.io connections and shared rooms as sockets come and go", async () => {
    const person = await newUser(t);
    const before = await scrape(t);
    expect(sampleValue(before, 'rounds_socketio_rooms')).toBe(0);
    const socketsBefore = sampleValue(before, 'rounds_socketio_connections')!;

    const socket = await connectSocket(t.baseUrl, { cookie: person.client.sessionCookie });
    const serverSide = t.app.get(RealtimeService).io!.of('/').sockets.get(socket.id!)!;
    await serverSide.join('interview:metrics-test');
    const connected = await scrape(t);
    expect(sampleValue(connected, 'rounds_socketio_connections')).toBe(socketsBefore + 1);
    expect(sampleValue(connected, 'rounds_socketio_people')).toBeGreaterThanOrEqual(1);
    // Its own room and its person's user:<id> room are not counted; the shared one is.
    expect(sampleValue(connected, 'rounds_socketio_rooms')).toBe(1);

    const goneOnServer = new Promise((resolve) => serverSide.once('disconnect', resolve));
    await closeSockets([socket]);
    await goneOnServer;
    const after = await scrape(t);
    expect(sampleValue(after, 'rounds_socketio_connections')).toBe(socketsBefore);
    expect(sampleValue(after, 'rounds_socketio_rooms')).toBe(0);
  });

  it("reports the outbox backlog and failures, and the job queues' depth, read from the database at scrape time", async () => {
    const before = await scrape(t);
    const undelivered = sampleValue(before, 'rounds_outbox_messages', { state: 'undelivered' })!;
    const failed = sampleValue(before, 'rounds_outbox_messages', { state: 'failed' })!;
    expect(sampleValue(before, 'rounds_metrics_source_up', { source: 'outbox' })).toBe(1);
    expect(sampleValue(before, 'rounds_job_queue_jobs', { queue: REMINDER_QUEUE, state: 'scheduled' })).toBe(0);

    const db = t.app.get(DataSource);
    const outbox = t.app.get(OutboxService);
    const message = { kind: 'test', toAddress: 'ops@example.org', subject: 'Backlog', textBody: 'waiting' };
    await db.transaction((manager) => outbox.enqueue(manager, message));
    await db.transaction((manager) => outbox.enqueue(manager, { ...message, subject: 'Will fail' }));
    await t.sql(`UPDATE outbox_messages SET failed_at = now(), attempts = 8 WHERE subject = 'Will fail'`);
    // A reminder for tomorrow is scheduled, not yet queued.
    await db.transaction((manager) =>
      t.app
        .get(JobQueue)
        .send(manager, REMINDER_QUEUE, { sessionId: randomUUID() }, { startAfter: new Date(Date.now() + 86_400_000) }),
    );

    const after = await scrape(t);
    expect(sampleValue(after, 'rounds_outbox_messages', { state: 'undelivered' })).toBe(undelivered + 1);
    expect(sampleValue(after, 'rounds_outbox_messages', { state: 'failed' })).toBe(failed + 1);
    expect(sampleValue(after, 'rounds_outbox_oldest_undelivered_seconds')).toBeGreaterThanOrEqual(0);
    expect(sampleValue(after, 'rounds_job_queue_jobs', { queue: REMINDER_QUEUE, state: 'scheduled' })).toBe(1);
    expect(sampleValue(after, 'rounds_job_queue_jobs', { queue: REMINDER_QUEUE, state: 'queued' })).toBe(0);
    expect(sampleValue(after, 'rounds_metrics_source_up', { source: 'jobs' })).toBe(1);
  });

  it('answers liveness without the database, and readiness only with the database and every migration', async () => {
    const person = await newUser(t);
    const ready = await t.client().call(routes.readiness);
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', database: 'up', migrationsApplied: t.app.get(DataSource).migrations.length });

    const [last] = await t.sql<{ id: number; timestamp: string; name: string }>(
      `SELECT id, timestamp, name FROM migrations ORDER BY timestamp DESC LIMIT 1`,
    );
    await t.sql(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const missing = await t.client().call(routes.readiness);
      expect(missing.status).toBe(503);
      expect(missing.contentType).toContain('application/problem+json');
      expect(missing.body.detail).toContain(`lacks migration ${last.name}`);
    } finally {
      await t.sql(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
    }
    expect((await t.client().call(routes.readiness)).status).toBe(200);

    const database = t.databaseName;
    await t.adminSql(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS false`);
    await t.adminSql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database]);
    try {
      // A probe carrying a session cookie still touches no database.
      const live = await person.client.call(routes.liveness);
      expect(live.status).toBe(200);
      expect(live.body).toMatchObject({ status: 'alive' });
      const down = await t.client().call(routes.readiness);
      expect(down.status).toBe(503);
      expect(down.body.detail).toMatch(/^The database cannot be reached/);
      // A scrape still answers, saying which figures it could not read.
      const samples = await scrape(t);
      expect(sampleValue(samples, 'rounds_metrics_source_up', { source: 'outbox' })).toBe(0);
      expect(sampleValue(samples, 'rounds_outbox_messages', { state: 'undelivered' })).toBeUndefined();
    } finally {
      await t.adminSql(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS true`);
    }
    expect((await t.client().call(routes.readiness)).status).toBe(200);
  });

  it('documents the probes in OpenAPI, and keeps /metrics out of the API and the web app', async () => {
    const document = await t.client().raw('GET', '/api/docs-json');
    const paths = document.body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    expect(Object.keys(paths['/api/health/ready'].get.responses)).toEqual(expect.arrayContaining(['200', '503']));
    expect(paths['/api/health/live'].get).toBeDefined();
    expect(paths['/metrics']).toBeUndefined();
  });

  // Last in this block: a draining instance stays that way.
  it('answers readiness 503 once the instance starts draining, while liveness stays 200', async () => {
    t.app.get(HealthService).startDraining();
    const draining = await t.client().call(routes.readiness);
    expect(draining.status).toBe(503);
    expect(draining.body.detail).toMatch(/shutting down/);
    expect((await t.client().call(routes.liveness)).status).toBe(200);
  });
});

describe('operations: who may scrape /metrics in production', () => {
  it('answers 404 in production while METRICS_TOKEN is unset', async () => {
    const t = await startTestApp(PRODUCTION);
    try {
      const response = await t.client().raw('GET', '/metrics');
      expect(response.status).toBe(404);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body.detail).toMatch(/METRICS_TOKEN/);
    } finally {
      await t.close();
    }
  });

  it('asks for the bearer token when it is set: 401 without it or with a wrong one, 200 with it', async () => {
    const token = 'metrics-token-0123456789abcdef';
    const t = await startTestApp({ ...PRODUCTION, METRICS_TOKEN: token });
    try {
      for (const headers of [
        {} as Record<string, string>,
        { authorization: `Bearer ${token}x` },
        { authorization: `Basic ${token}` },
        { authorization: 'Bearer ' },
      ]) {
        const refused = await t.client().raw('GET', '/metrics', undefined, headers);
        expect(refused.status).toBe(401);
        expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(refused.body.detail).toMatch(/Authorization: Bearer/);
      }
      const samples = await scrape(t, { authorization: `Bearer ${token}` });
      expect(sampleValue(samples, 'rounds_socketio_connections')).toBe(0);
    } finally {
      await t.close();
    }
  });
});
