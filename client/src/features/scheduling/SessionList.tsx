import { zoneName } from '@rounds/shared';
import type { Session } from '@rounds/shared';
import { useId } from 'react';
import { Link } from 'react-router';
import {
  PARTICIPANT_ROLE_LABELS,
  STATUS_LABELS,
  joinState,
  sessionTitle,
  namesOf,
  opensAtText,
  othersIn,
  statusBadgeClass,
  trackLine,
} from './session-display';
import { shortDateTimeIn, spanIn, timeIn, wallClock } from './zoned-time';

interface Viewer {
  id: string;
  timeZone: string;
}

interface SessionListProps {
  sessions: readonly Session[];
  viewer: Viewer;
  now: number;
  /** In a day-grouped agenda the date is in the heading: show only the times. */
  timesOnly?: boolean;
  /** Offer the Join button (not in lists of past sessions). */
  showJoin?: boolean;
}

/** Sessions as a list: what, with whom, when in the viewer's zone and in everyone else's, status, and Join. */
export function SessionList({ sessions, viewer, now, timesOnly = false, showJoin = true }: SessionListProps) {
  return (
    <ul className="sch-session-list">
      {sessions.map((session) => (
        <SessionItem key={session.id} session={session} viewer={viewer} now={now} timesOnly={timesOnly} showJoin={showJoin} />
      ))}
    </ul>
  );
}

interface SessionItemProps {
  session: Session;
  viewer: Viewer;
  now: number;
  timesOnly: boolean;
  showJoin: boolean;
}

function SessionItem({ session, viewer, now, timesOnly, showJoin }: SessionItemProps) {
  const others = othersIn(session, viewer.id);
  const title = others.length > 0 ? `${sessionTitle(session)} with ${namesOf(others)}` : sessionTitle(session);
  const when = timesOnly
    ? `${timeIn(session.startsAt, viewer.timeZone)}–${timeIn(session.endsAt, viewer.timeZone)}`
    : spanIn(session.startsAt, session.endsAt, viewer.timeZone);
  const inSession = session.participants.some((participant) => participant.userId === viewer.id);
  return (
    <li className={`sch-session sch-session-${session.status}`}>
      <div className="sch-session-main">
        <p className="sch-session-title">
          <Link to={`/sessions/${session.id}`}>{title}</Link>{' '}
          <span className={statusBadgeClass(session.status)}>{STATUS_LABELS[session.status]}</span>
        </p>
        <p className="sch-session-when">
          <time dateTime={session.startsAt}>{when}</time>{' '}
          <span className="muted">
            {inSession ? 'your time' : 'your zone'} ({zoneName(viewer.timeZone)})
          </span>
        </p>
        <ul className="sch-others">
          {others.map((person) => (
            <li key={person.userId}>
              {person.displayName} <span className="muted">({PARTICIPANT_ROLE_LABELS[person.role].toLowerCase()})</span>:{' '}
              {otherTime(session.startsAt, person.timeZone, viewer.timeZone)}
              {person.noShow && <span className="badge badge-revoked sch-inline-badge">No-show</span>}
            </li>
          ))}
        </ul>
        <p className="sch-session-meta">{trackLine(session)}</p>
        {session.statusReason && session.status !== 'scheduled' && (
          <p className="sch-session-meta">Reason: {session.statusReason}</p>
        )}
      </div>
      {showJoin && inSession && (
        <div className="sch-session-actions">
          <JoinControl
            session={session}
            now={now}
            timeZone={viewer.timeZone}
            context={`${title}, ${shortDateTimeIn(session.startsAt, viewer.timeZone)}`}
          />
        </div>
      )}
    </li>
  );
}

/** "13:00 in America/New York", with the day when it differs from the viewer's day. */
function otherTime(startsAt: string, zone: string, viewerZone: string): string {
  const sameDay = wallClock(startsAt, zone).date === wallClock(startsAt, viewerZone).date;
  const time = sameDay ? timeIn(startsAt, zone) : shortDateTimeIn(startsAt, zone);
  return `${time} in ${zoneName(zone)}`;
}

interface JoinControlProps {
  session: Session;
  now: number;
  timeZone: string;
  /** Read to screen readers after "Join", so several Join buttons on a page are told apart. */
  context: string;
}

/**
 * Join opens ten minutes before the start and stays open until the end. Before that it is a
 * disabled button with the opening time beside it; afterwards, or for a cancelled session, nothing.
 */
export function JoinControl({ session, now, timeZone, context }: JoinControlProps) {
  const hintId = useId();
  const state = joinState(session, now);
  if (state.kind === 'open') {
    return (
      <Link to={`/sessions/${session.id}/room`} className="button button-primary button-small">
        Join<span className="visually-hidden"> {context}</span>
      </Link>
    );
  }
  if (state.kind !== 'closed-not-yet') return null;
  return (
    <span className="sch-join">
      <button type="button" className="button button-secondary button-small" disabled aria-describedby={hintId}>
        Join<span className="visually-hidden"> {context}</span>
      </button>
      <span id={hintId} className="sch-join-hint">
        {opensAtText(state.opensAt, now, timeZone)}
      </span>
    </span>
  );
}
