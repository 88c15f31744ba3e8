import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as settle } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

export type JobHandler<T> = (data: T, job: PgBoss.Job<T>) => Promise<void>;

interface QueueDefinition {
  options: Omit<PgBoss.Queue, 'name'>;
  handler: JobHandler<never>;
}

/** How long a stopping instance lets a running job finish before pg-boss marks it failed (it is then retried). */
const STOP_TIMEOUT_MS = 10_000;
/**
 * pg-boss 10 removes stopped workers in a loop that re-checks every second and that `stop()` does not await; a
 * worker whose fetch was in flight keeps that loop alive a second after `stop()` returns. Waiting it out means
 * nothing of ours still runs once the module is destroyed (a test file's environment may be gone by then).
 */
const WORKER_SWEEP_MS = 1_100;
/** pg-boss's schema (its default, named here so the monitoring query below reads the same one). */
const PGBOSS_SCHEMA = 'pgboss';

/** Jobs of one queue by where they stand, for monitoring. */
export interface QueueDepth {
  queue: string;
  /** Waiting for a later time (a reminder before its moment, a retry before its delay). */
  scheduled: number;
  /** Due and waiting for a worker: the backlog. */
  queued: number;
  /** Being worked on by some instance. */
  active: number;
}

/**
 * Background jobs in PostgreSQL (pg-boss, in its own "pgboss" schema that it creates and migrates itself).
 * Every instance runs the workers; pg-boss hands each job to one of them (row locks with SKIP LOCKED).
 * Jobs are sent inside the caller's transaction, so a job exists exactly when the change that caused it does.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly queues = new Map<string, QueueDefinition>();
  private boss: PgBoss | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Declares a queue and its handler; call from a provider's constructor, before the application starts. */
  define<T>(name: string, options: Omit<PgBoss.Queue, 'name'>, handler: JobHandler<T>): void {
    if (this.boss) throw new Error(`queue ${name} must be defined before the application starts`);
    this.queues.set(name, { options, handler: handler as JobHandler<never> });
  }

  /** Starts pg-boss on the application's database before any other start-up work may send a job. */
  async onModuleInit(): Promise<void> {
    const url = (this.db.options as { url?: string }).url;
    if (!url) throw new Error('the job queue needs the database URL the application connects with');
    const boss = new PgBoss({
      connectionString: url,
      schema: PGBOSS_SCHEMA,
      max: 3,
      application_name: 'rounds-jobs',
      schedule: false,
    });
    boss.on('error', (error: Error) => this.logger.error({ err: error }, `job queue error: ${error.message}`));
    await boss.start();
    this.boss = boss; // from here on, shutdown stops it, even if what follows fails
    for (const [name, { options }] of this.queues) {
      // Idempotent: an existing queue is left as it is.
      await boss.createQueue(name, { name, ...options });
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const [name, { handler }] of this.queues) {
      await this.started().work<unknown>(name, { pollingIntervalSeconds: this.config.jobsPollSeconds }, async ([job]) => {
        await handler(job.data as never, job as PgBoss.Job<never>);
      });
    }
  }

  /** Stops fetching, lets a running job finish (up to STOP_TIMEOUT_MS), then closes pg-boss's pool. */
  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    if (!boss) return;
    this.logger.log(`stopping job workers: a running job gets up to ${STOP_TIMEOUT_MS / 1000} s to finish`);
    await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
    await settle(WORKER_SWEEP_MS);
    this.logger.log('job workers stopped');
  }

  /**
   * How many jobs each declared queue holds, by state. pg-boss's own getQueueSize cannot tell a due job from
   * one scheduled for tomorrow, and a backlog alert needs exactly that, so this reads its job table directly.
   */
  async depths(): Promise<QueueDepth[]> {
    const names = [...this.queues.keys()];
    if (!this.boss || names.length === 0) return [];
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT name,
         count(*) FILTER (WHERE state < 'active' AND start_after > now()) AS scheduled,
         count(*) FILTER (WHERE state < 'active' AND start_after <= now()) AS queued,
         count(*) FILTER (WHERE state = 'active') AS active
       FROM ${PGBOSS_SCHEMA}.job
       WHERE name = ANY($1) AND state <= 'active'
       GROUP BY name`,
      [names],
    );
    const counted = new Map(
      (rows as { name: string; scheduled: string; queued: string; active: string }[]).map((row) => [row.name, row]),
    );
    return names.map((queue) => {
      const row = counted.get(queue);
      return {
        queue,
        scheduled: Number(row?.scheduled ?? 0),
        queued: Number(row?.queued ?? 0),
        active: Number(row?.active ?? 0),
      };
    });
  }

  /** Queues a job in the transaction of `manager`; resolves to its id, or null when pg-boss refused a duplicate. */
  async send<T extends object>(
    manager: EntityManager,
    name: string,
    data: T,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    return this.started().send(name, data, { ...options, db: executorFor(manager) });
  }

  /**
   * Queues many jobs of one queue in one statement, in the transaction of `manager`, with the queue's own
   * retry and expiry settings (its policy still drops a duplicate, silently). For work that makes many jobs at
   * once, such as pairing a whole queue.
   */
  async sendMany<T extends object>(
    manager: EntityManager,
    name: string,
    jobs: (Pick<PgBoss.JobInsert<T>, 'id' | 'singletonKey' | 'startAfter'> & { data: T })[],
  ): Promise<void> {
    if (jobs.length === 0) return;
    await this.started().insert(
      jobs.map((job) => ({ name, ...job })),
      { db: executorFor(manager) },
    );
  }

  /** Deletes jobs by id in the transaction of `manager` (whatever their state); unknown ids are ignored. */
  async delete(manager: EntityManager, name: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.started().deleteJob(name, ids, { db: executorFor(manager) });
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('the job queue is not running');
    return this.boss;
  }
}

/** Lets pg-boss run its SQL on a TypeORM transaction's connection. */
function executorFor(manager: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => {
      const own = manager.queryRunner ? undefined : manager.connection.createQueryRunner();
      const runner = manager.queryRunner ?? own!;
      try {
        const result = await runner.query(text, values, true);
        return { rows: (result.records ?? []) as unknown[] };
      } finally {
        await own?.release();
      }
    },
  };
}
