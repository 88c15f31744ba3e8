import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MINUTE, SESSION_KIND_LABELS, formatInZone } from '@rounds/shared';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { JobQueue } from '../notifications/job-queue.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { SessionInvites } from '../notifications/session-invites.service.js';
import { SessionHooks } from './session-hooks.js';
import { SessionsRepository } from './sessions.repository.js';

export const REMINDER_QUEUE = 'session-reminder';
/** Reminders go out this many minutes before a session starts. */
const REMINDER_OFFSETS_MINUTES = [24 * 60, 15] as const;

const reminderJobSchema = z.object({
  sessionId: z.uuid(),
  sequence: z.number().int().min(0),
  minutesBefore: z.number().int().positive(),
});
export type ReminderJob = z.infer<typeof reminderJobSchema>;

/** The reminders still ahead for a session starting at `startsAt`: one per offset whose moment has not passed. */
export function reminderPlan(startsAt: number, now: number): { minutesBefore: number; at: Date }[] {
  return REMINDER_OFFSETS_MINUTES.map((minutesBefore) => ({
    minutesBefore,
    at: new Date(startsAt - minutesBefore * MINUTE),
  })).filter(({ at }) => at.getTime() > now);
}

/**
 * A job's id follows from what it reminds of, so a later version of the session can delete the earlier
 * version's jobs by id in its own transaction. (A UUID-shaped SHA-256 prefix: PostgreSQL only checks the form.)
 */
export function reminderJobId(sessionId: string, sequence: number, minutesBefore: number): string {
  const hex = createHash('sha256').update(`${REMINDER_QUEUE}:${sessionId}:${sequence}:${minutesBefore}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Reminders 24 hours and 15 minutes before each scheduled session, as pg-boss jobs written in the same
 * transaction as the booking or move. A job only queues its e-mail if the session is still scheduled at the
 * same calendar sequence when it runs, so a moved or cancelled session's old reminders never go out.
 */
@Injectable()
export class SessionRemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly jobs: JobQueue,
    private readonly outbox: OutboxService,
    private readonly invites: SessionInvites,
    private readonly hooks: SessionHooks,
  ) {
    jobs.define<unknown>(
      REMINDER_QUEUE,
      // "short": at most one queued job per singleton key (session, sequence, offset), so scheduling twice is harmless.
      { policy: 'short', retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
      async (data) => {
        await this.handle(reminderJobSchema.parse(data));
      },
    );
  }

  /**
   * Brings a session's reminder jobs up to date inside the caller's transaction: drops those of earlier
   * versions and, while the session is scheduled, queues the ones still ahead for its current version.
   */
  async schedule(manager: EntityManager, sessionId: string, now = Date.now()): Promise<ReminderJob[]> {
    const session = await this.sessions.reminderFacts(manager, sessionId);
    if (!session) return [];
    const { sequence } = session;
    const superseded = Array.from({ length: sequence }, (_, earlier) =>
      REMINDER_OFFSETS_MINUTES.map((minutesBefore) => reminderJobId(sessionId, earlier, minutesBefore)),
    ).flat();
    await this.jobs.delete(manager, REMINDER_QUEUE, superseded);
    if (session.status !== 'scheduled') return [];

    return this.queue(manager, [{ sessionId, sequence, start: session.start }], now);
  }

  /** The reminders of sessions just booked together (first version, scheduled), in the caller's transaction. */
  scheduleNew(
    manager: EntityManager,
    sessions: { sessionId: string; start: number }[],
    now = Date.now(),
  ): Promise<ReminderJob[]> {
    return this.queue(
      manager,
      sessions.map((session) => ({ ...session, sequence: 0 })),
      now,
    );
  }

  private async queue(
    manager: EntityManager,
    sessions: { sessionId: string; sequence: number; start: number }[],
    now: number,
  ): Promise<ReminderJob[]> {
    const jobs = sessions.flatMap(({ sessionId, sequence, start }) =>
      reminderPlan(start, now).map(({ minutesBefore, at }) => ({ job: { sessionId, sequence, minutesBefore }, at })),
    );
    await this.jobs.sendMany(
      manager,
      REMINDER_QUEUE,
      jobs.map(({ job, at }) => ({
        id: reminderJobId(job.sessionId, job.sequence, job.minutesBefore),
        data: job satisfies ReminderJob,
        singletonKey: `${job.sessionId}:${job.sequence}:${job.minutesBefore}`,
        startAfter: at,
      })),
    );
    return jobs.map(({ job }) => job);
  }

  /** Runs one reminder job; resolves to the number of e-mails it queued (0 when the session changed or began). */
  async handle(job: ReminderJob, now = Date.now()): Promise<number> {
    return this.db.transaction(async (manager) => {
      // The row lock orders this after any move or cancellation in flight, and one reminder job after another.
      const session = await this.sessions.reminderFacts(manager, job.sessionId, true);
      if (!session || session.status !== 'scheduled' || session.sequence !== job.sequence) return 0;
      const { start } = session;
      if (start <= now) return 0;
      // A retried job (its first run queued the e-mail but was not marked complete) must not send twice.
      const { sessionId, sequence, minutesBefore } = job;
      if (await this.outbox.hasQueued(manager, 'session-reminder', { sessionId, sequence, minutesBefore })) return 0;

      const people = (await this.sessions.people(manager, job.sessionId)).filter((person) => person.active);
      // An interview day's visit is reminded of by its day and station, as its invites name it.
      const place = (await this.hooks.dayPlaces([job.sessionId])).get(job.sessionId);
      const title = place ? `${place.title}, ${place.stationName}` : SESSION_KIND_LABELS[session.kind];
      const minutes = (session.end - start) / MINUTE;
      const startsIn = describeWait(start - now);
      for (const reader of people) {
        const others = people.filter((p) => p.userId !== reader.userId);
        await this.outbox.enqueue(manager, {
          kind: 'session-reminder',
          toAddress: reader.email,
          subject: `Reminder: ${title} in ${startsIn}, ${formatInZone(start, reader.timeZone)}`,
          textBody: [
            `Hello ${reader.displayName},`,
            ``,
            `Your ${place ? title : title.toLowerCase()}${others.length ? ` with ${others.map((o) => o.displayName).join(', ')}` : ''} starts in ${startsIn} (${minutes} minutes).`,
            ``,
            `Your time: ${formatInZone(start, reader.timeZone)}`,
            ...others.map((o) => `${o.displayName}'s time: ${formatInZone(start, o.timeZone)}`),
            ``,
            ...this.invites.linkLines(job.sessionId, true),
          ].join('\n'),
          metadata: { sessionId: job.sessionId, sequence: job.sequence, minutesBefore: job.minutesBefore, userId: reader.userId },
        });
      }
      return people.length;
    });
  }
}

/** "24 hours", "15 minutes", "1 hour": how long until the start, as a person would say it. */
function describeWait(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  if (minutes < 90) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? '1 hour' : `${hours} hours`;
}
