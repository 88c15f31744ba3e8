import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Mailbox } from '../config/config.js';

/** REQUEST and CANCEL are invites sent by e-mail; PUBLISH is a file a person adds to their calendar themselves. */
export type InviteMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface SessionInvite {
  /** REQUEST creates or updates the calendar entry; CANCEL removes it; PUBLISH adds it by hand. */
  method: InviteMethod;
  sessionId: string;
  /** The session's calendar_sequence: it rises on every reschedule and on cancellation. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  organizer: Mailbox;
  attendees: { name: string; email: string }[];
  /** The recipient's IANA zone, as a display hint; the times themselves are UTC instants. */
  timeZone: string;
  url?: string;
  /** When the invite was made (DTSTAMP); now by default. */
  stamp?: Date;
}

/** The one UID a session keeps for its whole life, so every update and cancellation replaces the same entry. */
function sessionInviteUid(sessionId: string): string {
  return `session-${sessionId}@rounds`;
}

/**
 * An iTIP message (RFC 5546) for one session: METHOD:REQUEST with the session's current time, or METHOD:CANCEL
 * with STATUS:CANCELLED. Times are UTC, which every calendar shows in its owner's zone; X-WR-TIMEZONE names the
 * recipient's zone and the description spells out each participant's local time.
 */
export function buildSessionInvite(invite: SessionInvite): string {
  const cancel = invite.method === 'CANCEL';
  const calendar = ical({
    prodId: { company: 'Rounds', product: 'Rounds sessions', language: 'EN' },
    method: ICalCalendarMethod[invite.method],
    x: [{ key: 'X-WR-TIMEZONE', value: invite.timeZone }],
  });
  calendar.createEvent({
    id: sessionInviteUid(invite.sessionId),
    sequence: invite.sequence,
    stamp: invite.stamp ?? new Date(),
    start: invite.startsAt,
    end: invite.endsAt,
    summary: invite.summary,
    description: invite.description,
    url: invite.url ?? null,
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: parameterText(invite.organizer.name || invite.organizer.address), email: invite.organizer.address },
    attendees: invite.attendees.map((attendee) => ({
      name: parameterText(attendee.name),
      email: attendee.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      // Rounds does not read replies: calendars should not offer to send one.
      rsvp: false,
    })),
  });
  return calendar.toString();
}

/** A name fit for a quoted property parameter (CN="…"), which cannot hold a double quote or a control character. */
function parameterText(text: string): string {
  return text
    .replace(/"/g, "'")
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim();
}

/** The METHOD of an e-mailed invite, for the Content-Type that lets mail clients treat it as one. */
export function inviteMethod(ics: string): Exclude<InviteMethod, 'PUBLISH'> {
  return /^METHOD:CANCEL\r?$/m.test(ics) ? 'CANCEL' : 'REQUEST';
}
