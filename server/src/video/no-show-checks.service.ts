import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { noShowCheckAt, VIDEO_ROOM_RULES } from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { JobQueue } from '../notifications/job-queue.service.js';
import { SessionHooks, type SessionTime } from '../scheduling/session-hooks.js';
import { SessionProgressService } from '../scheduling/session-progress.service.js';
import { AttendanceService } from './attendance.service.js';

export const NO_SHOW_QUEUE = 'session-no-show-check';

const noShowJobSchema = z.object({ sessionId: z.uuid(), startsAt: z.number().int() });
export type NoShowJob = z.infer<typeof noShowJobSchema>;

/**
 * Ten minutes after a session starts, anyone taking part who has never been in its room is recorded as a
 * no-show, by name. A pg-boss job per booked time, queued in the transaction that books or moves the session;
 * a job whose session has since moved, gone live or ended does nothing.
 */
@Injectable()
export class NoShowChecks {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly progress: SessionProgressService,
    private readonly attendance: AttendanceService,
    hooks: SessionHooks,
  ) {
    jobs.define<unknown>(
      NO_SHOW_QUEUE,
      // "short": one queued job per session and start time, so queuing it twice is harmless.
      { policy: 'short', retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
      async (data) => {
        await this.run(noShowJobSchema.parse(data));
      },
    );
    hooks.whenTimeSet((manager, times) => this.schedule(manager, times));
  }

  async schedule(manager: EntityManager, times: SessionTime[]): Promise<void> {
    await this.jobs.sendMany(
      manager,
      NO_SHOW_QUEUE,
      times.map(({ sessionId, start }) => ({
        data: { sessionId, startsAt: start } satisfies NoShowJob,
        singletonKey: `${sessionId}:${start}`,
        startAfter: new Date(noShowCheckAt(start)),
      })),
    );
  }

  /** Runs one check; resolves to the ids recorded as no-shows (none when everyone came or the session moved on). */
  async run(job: NoShowJob, now = Date.now()): Promise<string[]> {
    if (now < noShowCheckAt(job.startsAt)) return [];
    const absentIds = await this.db.transaction(async (manager) => {
      const session = await this.progress.lock(manager, job.sessionId);
      if (!session || session.status !== 'scheduled' || Date.parse(session.startsAt) !== job.startsAt) return [];
      const absent = await this.attendance.neverJoined(manager, session);
      if (absent.length === 0) return [];
      const names = absent.map((p) => p.displayName).join(' and ');
      const reason = `${names} did not join within ${VIDEO_ROOM_RULES.noShowAfterMinutes} minutes of the start.`;
      await this.progress.markAbsent(
        manager,
        session.id,
        absent.map((p) => p.userId),
        reason,
      );
      return absent.map((p) => p.userId);
    });
    // Everyone came: if they were all in before the start (a camera check that ran on), the session is live now.
    if (absentIds.length === 0) await this.attendance.startedWithEveryoneIn(job.sessionId, now);
    return absentIds;
  }
}
