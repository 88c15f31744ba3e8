import { Injectable } from '@nestjs/common';
import { MINUTE, SESSION_KIND_LABELS, formatInZone, type SessionKind } from '@rounds/shared';
import type { EntityManager } from 'typeorm';
import { OutboxService, type OutgoingMessage } from '../notifications/outbox.service.js';
import { SessionInvites } from '../notifications/session-invites.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { SessionRemindersService } from './session-reminders.service.js';
import type { SessionPerson } from './sessions.repository.js';

type SessionChange = 'session-booked' | 'session-cancelled' | 'session-rescheduled' | 'session-updated';

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

/** Whoever reads a notice or a calendar file: their own time comes first, in their zone. */
type Reader = Pick<SessionPerson, 'userId' | 'timeZone'>;

const VERBS: Record<SessionChange, string> = {
  'session-booked': 'is booked',
  'session-cancelled': 'was cancelled',
  'session-rescheduled': 'was moved',
  'session-updated': 'was renamed',
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
    await this.outbox.enqueueMany(manager, this.messages(notice));
    await this.reminders.schedule(manager, notice.sessionId);
  }

  /**
   * The same for sessions just booked together (an interview day): every message in one statement, then every
   * session's first reminders.
   */
  async sendBooked(manager: EntityManager, notices: SessionNotice[]): Promise<void> {
    await this.outbox.enqueueMany(
      manager,
      notices.flatMap((notice) => this.messages(notice)),
    );
    await this.reminders.scheduleNew(
      manager,
      notices.map((notice) => ({ sessionId: notice.sessionId, start: notice.start })),
    );
  }

  /** One e-mail per participant, with its calendar invite. */
  private messages(notice: SessionNotice): OutgoingMessage[] {
    const { change, sessionId, start, end, sequence, people, actor, reason } = notice;
    const title = notice.title ?? SESSION_KIND_LABELS[notice.kind];
    const minutes = (end - start) / MINUTE;
    const cancelled = change === 'session-cancelled';
    return people.map((reader) => {
      const { times, withWhom } = describeFor(notice, reader);
      const more = notice.moreFor?.(reader) ?? [];
      return {
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
          ...this.invites.linkLines(sessionId, !cancelled),
          ``,
          cancelled ? `The attached invite removes it from your calendar.` : `The attached invite puts it in your calendar.`,
        ].join('\n'),
        metadata: { sessionId, sequence, userId: reader.userId },
        ics: this.invites.build({
          ...this.eventFor(notice, reader),
          method: cancelled ? 'CANCEL' : 'REQUEST',
          description: [...times, ...(reason ? [``, `${actor.displayName}: ${reason}`] : [])].join('\n'),
        }),
      };
    });
  }

  /**
   * The session as a file one adds to a calendar by hand: the same event (UID and sequence) as the invites, so a
   * later invite updates that entry rather than adding another.
   */
  calendarFile(session: Omit<SessionNotice, 'change' | 'actor'>, reader: Reader): string {
    return this.invites.build({ ...this.eventFor(session, reader), method: 'PUBLISH' });
  }

  private eventFor(session: Omit<SessionNotice, 'change' | 'actor'>, reader: Reader) {
    const { times, withWhom } = describeFor(session, reader);
    return {
      sessionId: session.sessionId,
      sequence: session.sequence,
      startsAt: new Date(session.start),
      endsAt: new Date(session.end),
      summary: `${session.title ?? SESSION_KIND_LABELS[session.kind]} with ${withWhom}`,
      description: times.join('\n'),
      attendees: session.people.map((p) => ({ name: p.displayName, email: p.email })),
      timeZone: reader.timeZone,
    };
  }
}

/** The session's time in the reader's zone and in each other person's, and who the others are. */
function describeFor(session: Pick<SessionNotice, 'start' | 'people'>, reader: Reader) {
  const others = session.people.filter((p) => p.userId !== reader.userId);
  return {
    times: [
      `Your time: ${formatInZone(session.start, reader.timeZone)}`,
      ...others.map((o) => `${o.displayName}'s time: ${formatInZone(session.start, o.timeZone)}`),
    ],
    withWhom: others.map((o) => o.displayName).join(', '),
  };
}
