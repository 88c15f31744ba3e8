import {
  MINUTE,
  PERSONA_LABELS,
  SESSION_KIND_LABELS,
  TRACK_LABELS,
  type ParticipantRole,
  type Session,
  type SessionStatus,
} from '@rounds/shared';
import { useEffect, useState } from 'react';
import { shortDayIn, timeIn, wallClock } from './zoned-time';

/** The room opens this long before the start, so people can check camera and microphone. */
const JOIN_OPENS_MINUTES_BEFORE = 10;

export const STATUS_LABELS: Record<SessionStatus, string> = {
  scheduled: 'Scheduled',
  live: 'Live now',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  candidate: 'Candidate',
  interviewer: 'Interviewer',
  observer: 'Observer',
};

/** "Mentor interview", shortened for peer practice (the label's bracket explains the swap elsewhere). */
export function kindTitle(session: Pick<Session, 'kind'>): string {
  return session.kind === 'peer_swap' ? 'Peer practice' : SESSION_KIND_LABELS[session.kind];
}

/** What a session is called: an interview day's visit by its day and station ("MMI day, Ethics"), any other by its kind. */
export function sessionTitle(session: Pick<Session, 'kind' | 'interviewDay'>): string {
  return session.interviewDay ? `${session.interviewDay.title}, ${session.interviewDay.stationName}` : kindTitle(session);
}

/** "Residency / fellowship interview · Program director" */
export function trackLine(session: Pick<Session, 'track' | 'personas'>): string {
  return [TRACK_LABELS[session.track], ...session.personas.map((persona) => PERSONA_LABELS[persona])].join(' · ');
}

/** Everyone but the viewer (a coordinator who is not in the session sees everyone). */
export function othersIn(session: Session, viewerId: string): Session['participants'] {
  return session.participants.filter((participant) => participant.userId !== viewerId);
}

/** "Dr. Priya Raman", "Rahul Mehta and Marcus Lee", "A, B and C". */
export function namesOf(people: readonly { displayName: string }[]): string {
  const names = people.map((person) => person.displayName);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A status badge's class, reusing the house colours: warm for pending-like, red for ended badly. */
export function statusBadgeClass(status: SessionStatus): string {
  switch (status) {
    case 'scheduled':
      return 'badge badge-accepted';
    case 'live':
      return 'badge sch-badge-live';
    case 'completed':
      return 'badge';
    case 'cancelled':
    case 'no_show':
      return 'badge badge-revoked';
  }
}

export type JoinState =
  { kind: 'closed-not-yet'; opensAt: number } | { kind: 'open' } | { kind: 'over' } | { kind: 'not-running' };

/** Whether the room can be joined now: from ten minutes before the start until the end, while scheduled or live. */
export function joinState(session: Pick<Session, 'startsAt' | 'endsAt' | 'status'>, now: number): JoinState {
  if (session.status !== 'scheduled' && session.status !== 'live') return { kind: 'not-running' };
  const opensAt = Date.parse(session.startsAt) - JOIN_OPENS_MINUTES_BEFORE * MINUTE;
  if (now >= Date.parse(session.endsAt)) return { kind: 'over' };
  if (now < opensAt) return { kind: 'closed-not-yet', opensAt };
  return { kind: 'open' };
}

/** "Opens at 17:50" today, "Opens at 17:50 on Wed 11 Mar" on another day (in the viewer's zone). */
export function opensAtText(opensAt: number, now: number, zone: string): string {
  const sameDay = wallClock(opensAt, zone).date === wallClock(now, zone).date;
  return sameDay ? `Opens at ${timeIn(opensAt, zone)}` : `Opens at ${timeIn(opensAt, zone)} on ${shortDayIn(opensAt, zone)}`;
}

/** The current time, refreshed every `intervalMs`, so join buttons open without a reload. */
export function useNow(intervalMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
