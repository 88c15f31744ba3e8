import { Inject, Injectable } from '@nestjs/common';
import { FEEDBACK_RULES, HOUR, type Session } from '@rounds/shared';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { JobQueue } from '../notifications/job-queue.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import { FeedbackRepository } from './feedback.repository.js';
import { FeedbackSessionsService } from './feedback-sessions.service.js';

export const FEEDBACK_REMINDER_QUEUE = 'feedback-reminder';

const reminderJobSchema = z.object({ sessionId: z.uuid() });
export type FeedbackReminderJob = z.infer<typeof reminderJobSchema>;

/** One job per session: its id follows from the session, so scheduling it again changes nothing. */
function feedbackReminderJobId(sessionId: string): string {
  const hex = createHash('sha256').update(`${FEEDBACK_REMINDER_QUEUE}:${sessionId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * One reminder to each mentor who still owes an interviewer form 24 hours after a session ended: a pg-boss
 * job queued (in the caller's transaction) when the session ends, which e-mails through the outbox. Peers
 * are not reminded: the rule is for mentors, whose feedback candidates wait for.
 */
@Injectable()
export class FeedbackRemindersService {
  constructor(
    private readonly jobs: JobQueue,
    private readonly outbox: OutboxService,
    private readonly interviewSessions: InterviewSessionsService,
    private readonly sessions: FeedbackSessionsService,
    private readonly forms: FeedbackRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    jobs.define<unknown>(
      FEEDBACK_REMINDER_QUEUE,
      { policy: 'short', retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
      async (data) => {
        await this.handle(reminderJobSchema.parse(data));
      },
    );
  }

  /** Call when a session ends (the room's end, or the session marked completed), in that transaction. */
  async schedule(manager: EntityManager, sessionId: string, endedAt: number): Promise<void> {
    await this.jobs.send(
      manager,
      FEEDBACK_REMINDER_QUEUE,
      { sessionId },
      {
        id: feedbackReminderJobId(sessionId),
        singletonKey: sessionId,
        startAfter: new Date(endedAt + FEEDBACK_RULES.reminderAfterHours * HOUR),
      },
    );
  }

  /** Runs one reminder job; resolves to the number of e-mails it queued. */
  async handle(job: FeedbackReminderJob): Promise<number> {
    const [session] = await this.interviewSessions.findSessions([job.sessionId]);
    if (!session || session.kind === 'peer_swap') return 0;
    const context = await this.sessions.describe(session, false);
    if (!context.ended) return 0;
    return this.forms.transaction(async (manager) => {
      const forms = await this.forms.formsOfSessions([session.id], manager);
      const people = await this.interviewSessions.people(manager, session.id);
      let queued = 0;
      for (const mentorId of new Set(context.pairs.map((p) => p.interviewerId))) {
        const owedAbout = context.pairs
          .filter((p) => p.interviewerId === mentorId)
          .filter(
            (p) =>
              !forms.some(
                (f) =>
                  f.kind === 'interviewer' && f.authorId === mentorId && f.aboutId === p.candidateId && f.status === 'submitted',
              ),
          )
          .map((p) => this.sessions.person(context, p.candidateId).displayName);
        const mentor = people.find((p) => p.userId === mentorId);
        if (!owedAbout.length || !mentor) continue;
        // A retried job (its first run queued the e-mail but was not marked done) must not send twice.
        if (await this.outbox.hasQueued(manager, 'feedback-reminder', { sessionId: session.id, userId: mentorId })) continue;
        await this.outbox.enqueue(manager, {
          kind: 'feedback-reminder',
          toAddress: mentor.email,
          subject: `Your feedback for ${owedAbout.join(', ')} is still open`,
          textBody: reminderText(mentor.displayName, owedAbout, session, this.config.publicUrl),
          metadata: { sessionId: session.id, userId: mentorId },
        });
        queued += 1;
      }
      return queued;
    });
  }
}

function reminderText(name: string, candidates: string[], session: Session, publicUrl: string): string {
  return [
    `Hello ${name},`,
    '',
    `A day has passed since your practice interview with ${candidates.join(', ')}, and your feedback is not in yet.`,
    'Scored feedback within a day or two is what makes the practice count: it takes a few minutes.',
    '',
    `Write it in Rounds: ${publicUrl}/sessions/${session.id}/feedback`,
  ].join('\n');
}
