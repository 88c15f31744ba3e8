import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MINUTE, STANDBY } from '@rounds/shared';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { JobQueue } from '../notifications/job-queue.service.js';
import { SessionsRepository } from './sessions.repository.js';

export const PEER_START_CHECK_QUEUE = 'peer-session-start-check';

const startCheckJobSchema = z.object({ sessionId: z.uuid(), sequence: z.number().int().min(0) });
type StartCheckJob = z.infer<typeof startCheckJobSchema>;

/** What runs when a peer session has been going for STANDBY.checkAfterMinutes (another feature's rule). */
export type PeerSessionStartedListener = (sessionId: string) => Promise<void>;

function startCheckJobId(sessionId: string, sequence: number): string {
  const hex = createHash('sha256').update(`${PEER_START_CHECK_QUEUE}:${sessionId}:${sequence}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A pg-boss job per peer session, STANDBY.checkAfterMinutes after its start, written in the transaction that
 * books or moves it (like reminders). Scheduling only owns the timing: what to do then (offer an absent
 * partner's seat to someone on standby) belongs to the features that register a listener, so scheduling
 * does not depend on them. A job for an earlier version of the session (moved since), or for a cancelled
 * one, does nothing.
 */
@Injectable()
export class PeerStartChecks {
  private readonly listeners: PeerSessionStartedListener[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly jobs: JobQueue,
  ) {
    jobs.define<unknown>(
      PEER_START_CHECK_QUEUE,
      { policy: 'short', retryLimit: 2, retryDelay: 10, expireInSeconds: 120 },
      async (data) => {
        await this.handle(startCheckJobSchema.parse(data));
      },
    );
  }

  /** Registers what runs for each peer session that has started (call from a provider's constructor). */
  onPeerSessionStarted(listener: PeerSessionStartedListener): void {
    this.listeners.push(listener);
  }

  /** Brings the session's check up to date in the caller's transaction (after booking or moving it). */
  async schedule(manager: EntityManager, sessionId: string): Promise<void> {
    const session = await this.sessions.reminderFacts(manager, sessionId);
    if (!session || session.kind !== 'peer_swap') return;
    const superseded = Array.from({ length: session.sequence }, (_, earlier) => startCheckJobId(sessionId, earlier));
    await this.jobs.delete(manager, PEER_START_CHECK_QUEUE, superseded);
    if (session.status !== 'scheduled') return;
    await this.queue(manager, [{ sessionId, start: session.start, sequence: session.sequence }]);
  }

  /** The checks of peer sessions just created together (first version, scheduled), in the caller's transaction. */
  async scheduleNew(manager: EntityManager, sessions: { id: string; start: number }[]): Promise<void> {
    await this.queue(
      manager,
      sessions.map(({ id, start }) => ({ sessionId: id, start, sequence: 0 })),
    );
  }

  private async queue(manager: EntityManager, checks: (StartCheckJob & { start: number })[]): Promise<void> {
    await this.jobs.sendMany(
      manager,
      PEER_START_CHECK_QUEUE,
      checks.map(({ sessionId, sequence, start }) => ({
        id: startCheckJobId(sessionId, sequence),
        data: { sessionId, sequence } satisfies StartCheckJob,
        singletonKey: `${sessionId}:${sequence}`,
        startAfter: new Date(start + STANDBY.checkAfterMinutes * MINUTE),
      })),
    );
  }

  /** Runs one check: the listeners, if the session is still that version and not cancelled. */
  async handle(job: StartCheckJob): Promise<void> {
    const session = await this.sessions.reminderFacts(this.db.manager, job.sessionId);
    if (!session || session.sequence !== job.sequence || session.status === 'cancelled') return;
    // A listener that fails fails the job, and pg-boss retries it: listeners must be idempotent.
    for (const listener of this.listeners) await listener(job.sessionId);
  }
}
