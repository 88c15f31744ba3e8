import { Injectable } from '@nestjs/common';
import { MINUTE, SESSION_KIND_LABELS, formatInZone, type SessionKind } from '@rounds/shared';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../notifications/outbox.service.js';
import { SessionInvites } from '../notifications/session-invites.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { SessionRemindersService } from './session-reminders.service.js';
import type { SessionPerson } from './sessions.repository.js';

type SessionChange = 'session-booked' | 'session-cancelled' | 'session-rescheduled';

/** A session as it stands after a change, with everyone in it: all a notice needs, nothing read again. */
export interface SessionNotice {
  change: SessionChange;
  sessionId: string;
  kind: SessionKind;
  start: number;
  end: number;
  sequence: number;
  people: SessionPerson[];
  actor: UserEntity;
  reason?: string;
  /** What the notice calls the session, instead of its kind's label. */
  title?: string;
  /** Lines added for one reader after the times (an interview day's itinerary, in the reader's zone). */
  moreFor?: (reader: SessionPerson) => string[];
}

const VERBS: Record<SessionChange, string> = {
  'session-booked': 'is booked',
  'session-cancelled': 'was cancelled',
  'session-rescheduled': 'was moved',
};

/** The e-mails and calendar invites that tell everyone in a session what changed, and its reminder jobs. */
@Injectable()
export class SessionNotices {
  constructor(
    private readonly outbox: OutboxService,
    private readonly invites: SessionInvites,
    private readonly reminders: SessionRemindersService,
  ) {}

  /**
   * Queues a notice to every participant (the one who acted too: their calendar needs the invite), each
   * showing the time in the reader's own zone and in the others' zones, with a calendar invite (a stable UID
   * per session, SEQUENCE = the session's calendar sequence; METHOD:CANCEL on cancellation). Then brings the
   * session's reminder jobs up to date. All in the caller's transaction.
   */
  async send(manager: EntityManager, notice: SessionNotice): Promise<void> {
    const { change, sessionId, start, end, sequence, people, actor, reason } = notice;
    const title = notice.title ?? SESSION_KIND_LABELS[notice.kind];
    const minutes = (end - start) / MINUTE;
    const cancelled = change === 'session-cancelled';
    for (const reader of people) {
      const others = people.filter((p) => p.userId !== reader.userId);
      const times = [
        `Your time: ${formatInZone(start, reader.timeZone)}`,
        ...others.map((o) => `${o.displayName}'s time: ${formatInZone(start, o.timeZone)}`),
      ];
      const withWhom = others.map((o) => o.displayName).join(', ');
      const more = notice.moreFor?.(reader) ?? [];
      await this.outbox.enqueue(manager, {
        kind: change,
        toAddress: reader.email,
        subject: `${title} ${VERBS[change]}: ${formatInZone(start, reader.timeZone)}`,
        textBody: [
          `Hello ${reader.displayName},`,
          ``,
          `Your ${notice.title ?? title.toLowerCase()} with ${withWhom} ${VERBS[change]}${cancelled ? '' : ` (${minutes} minutes)`}.`,
          ``,
          ...times,
          ...(reason ? [``, `Reason from ${actor.displayName}: ${reason}`] : []),
          ...(more.length > 0 ? [``, ...more] : []),
          ``,
          cancelled ? `The attached invite removes it from your calendar.` : `The attached invite puts it in your calendar.`,
        ].join('\n'),
        metadata: { sessionId, sequence, userId: reader.userId },
        ics: this.invites.build({
          method: cancelled ? 'CANCEL' : 'REQUEST',
          sessionId,
          sequence,
          startsAt: new Date(start),
          endsAt: new Date(end),
          summary: `${title} with ${withWhom}`,
          description: [...times, ...(reason ? [``, `${actor.displayName}: ${reason}`] : [])].join('\n'),
          attendees: people.map((p) => ({ name: p.displayName, email: p.email })),
          timeZone: reader.timeZone,
        }),
      });
    }
    await this.reminders.schedule(manager, sessionId);
  }
}
