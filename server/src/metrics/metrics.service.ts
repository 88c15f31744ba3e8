import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { ApiProblem, notFound } from '../common/problem.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { JobQueue } from '../notifications/job-queue.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';

/** The route label of a request no route matched: web app files, unknown paths, requests refused before routing. */
const UNMATCHED_ROUTE = 'unmatched';
/** How long a scrape waits for a figure read from the database before reporting that source as down. */
const SOURCE_TIMEOUT_MS = 1000;

type Source = 'outbox' | 'jobs';

/**
 * Prometheus metrics of this instance, in its own registry (so two app instances in one process, as in the
 * tests, never share series). Per request: one histogram observation. Figures that cost a query (outbox,
 * job queues) are read only when scraped, each with a short timeout and at most one query in flight, so a slow
 * database makes a scrape report `rounds_metrics_source_up{source} 0` rather than hang.
 */
@Injectable()
export class MetricsService {
  private readonly logger = new Logger('Metrics');
  private readonly registry = new Registry();
  private readonly requestDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly outboxMessages: Gauge<'state'>;
  private readonly outboxOldest: Gauge;
  private readonly jobDepth: Gauge<'queue' | 'state'>;
  private readonly sourceUp: Gauge<'source'>;
  private readonly reading = new Map<Source, Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    realtime: RealtimeService,
    private readonly outbox: OutboxService,
    private readonly jobs: JobQueue,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern (e.g. /api/sessions/:sessionId, or "unmatched") and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    // Cheap in-memory figures: read by prom-client at each scrape.
    new Gauge({
      name: 'rounds_socketio_connections',
      help: 'socket.io connections open on this instance',
      registers,
      collect() {
        this.set(realtime.connectionStats().sockets);
      },
    });
    new Gauge({
      name: 'rounds_socketio_people',
      help: 'distinct signed-in people with a socket.io connection on this instance',
      registers,
      collect() {
        this.set(realtime.connectionStats().people);
      },
    });
    new Gauge({
      name: 'rounds_socketio_rooms',
      help: 'shared socket.io rooms with a member on this instance (not counting per-socket and per-person rooms)',
      registers,
      collect() {
        this.set(realtime.connectionStats().rooms);
      },
    });
    this.outboxMessages = new Gauge({
      name: 'rounds_outbox_messages',
      help: 'e-mail in the outbox: state="undelivered" (waiting or between retries), state="failed" (given up)',
      labelNames: ['state'],
      registers,
    });
    this.outboxOldest = new Gauge({
      name: 'rounds_outbox_oldest_undelivered_seconds',
      help: 'age of the oldest undelivered e-mail (0 when none waits)',
      registers,
    });
    this.jobDepth = new Gauge({
      name: 'rounds_job_queue_jobs',
      help: 'pg-boss jobs per queue: state="queued" (due, waiting for a worker), "scheduled" (for later), "active"',
      labelNames: ['queue', 'state'],
      registers,
    });
    this.sourceUp = new Gauge({
      name: 'rounds_metrics_source_up',
      help: '1 when the last scrape could read this source from the database in time, else 0 (its figures are then absent)',
      labelNames: ['source'],
      registers,
    });
  }

  /** Express middleware, mounted first: times each request and records it when the response is finished. */
  readonly timeRequests = (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      // Express sets request.route to the matched route: its path is the pattern, never the raw URL.
      const pattern: unknown = request.route?.path;
      this.requestDuration.observe(
        {
          method: request.method,
          route: typeof pattern === 'string' ? pattern : UNMATCHED_ROUTE,
          status_code: response.statusCode,
        },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    });
    next();
  };

  /**
   * Who may scrape: with METRICS_TOKEN set, only `Authorization: Bearer <token>` (compared in constant time);
   * without it, anyone outside production and nobody in production (404, as if there were nothing here).
   */
  authorize(authorization: string | undefined): void {
    const token = this.config.metricsToken;
    if (!token) {
      if (this.config.env === 'production') throw notFound('Metrics are off: set METRICS_TOKEN to scrape them in production.');
      return;
    }
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? '';
    // Hashing first gives equal lengths, so neither the comparison nor a length check reveals anything.
    if (!timingSafeEqual(digest(presented), digest(token))) {
      throw new ApiProblem(401, 'Scraping metrics needs the header Authorization: Bearer <METRICS_TOKEN>.', undefined, {
        'WWW-Authenticate': 'Bearer realm="rounds-metrics"',
      });
    }
  }

  /** The Prometheus text exposition of every metric, database figures read now. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    await Promise.all([
      this.readSource('outbox', async () => {
        const backlog = await this.outbox.backlog();
        this.outboxMessages.set({ state: 'undelivered' }, backlog.undelivered);
        this.outboxMessages.set({ state: 'failed' }, backlog.failed);
        this.outboxOldest.set(backlog.oldestUndeliveredSeconds);
      }),
      this.readSource('jobs', async () => {
        const depths = await this.jobs.depths();
        this.jobDepth.reset();
        for (const { queue, scheduled, queued, active } of depths) {
          this.jobDepth.set({ queue, state: 'queued' }, queued);
          this.jobDepth.set({ queue, state: 'scheduled' }, scheduled);
          this.jobDepth.set({ queue, state: 'active' }, active);
        }
      }),
    ]);
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /**
   * Runs `read` with a timeout. A read still running from an earlier scrape is awaited rather than started
   * again, so a hanging database never piles up queries. On failure the source's figures are dropped.
   */
  private async readSource(source: Source, read: () => Promise<void>): Promise<void> {
    let pending = this.reading.get(source);
    if (!pending) {
      pending = read().finally(() => this.reading.delete(source));
      this.reading.set(source, pending);
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        pending,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${SOURCE_TIMEOUT_MS} ms`)), SOURCE_TIMEOUT_MS);
        }),
      ]);
      this.sourceUp.set({ source }, 1);
    } catch (error) {
      this.logger.warn(`metrics: could not read ${source} figures: ${(error as Error).message}`);
      this.sourceUp.set({ source }, 0);
      if (source === 'outbox') {
        this.outboxMessages.reset();
        this.outboxOldest.reset();
      } else {
        this.jobDepth.reset();
      }
    } finally {
      clearTimeout(timer);
    }
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
