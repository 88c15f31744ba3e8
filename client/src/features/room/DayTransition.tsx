import { zoneName } from '@rounds/shared';
import type { RoomDayContext, RoomRole } from '@rounds/shared';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { formatClock } from '../../lib/format-time';
import { useSignedInUser } from '../../lib/session';
import { timeIn } from '../scheduling/zoned-time';
import { readDayClock } from './day-clock';
import { useServerNow } from './use-server-now';

interface DayTransitionProps {
  day: RoomDayContext;
  role: RoomRole;
  /** How far the server's clock is ahead of this browser's (from the room's last view). */
  offsetMs: number;
  /** The next station has started: open its room. */
  onGo: (sessionId: string) => void;
}

/**
 * Between two stations of an interview day: a waiting screen that says where the person goes next and counts down
 * to it, then opens that room by itself. After their last station, the day is done.
 */
export function DayTransition({ day, role, offsetMs, onGo }: DayTransitionProps) {
  const user = useSignedInUser();
  const now = useServerNow(offsetMs);
  const reading = readDayClock(day, role, now, true);
  const goTo = reading.stage === 'go' ? reading.next.sessionId : null;

  useEffect(() => {
    if (goTo) onGo(goTo);
  }, [goTo, onGo]);

  if (reading.stage === 'done') {
    return (
      <Card title="Your day is done" className="room-day-transition">
        <p>
          {role === 'candidate'
            ? `That was your last station of ${day.title}. Thank you: your interviewers’ scores appear as they release them.`
            : `That was your last candidate of ${day.title}. Your scores for each candidate are owed on their session pages.`}
        </p>
        <p className="button-row">
          {role === 'candidate' ? (
            <Link className="button button-primary" to={`/interview-days/${day.dayId}/scores`}>
              Your scores for the day
            </Link>
          ) : (
            <Link className="button button-primary" to={`/interview-days/${day.dayId}`}>
              Your day’s itinerary
            </Link>
          )}
        </p>
      </Card>
    );
  }

  const next = reading.stage === 'rotation' ? day.next : reading.next;
  const seconds = reading.stage === 'gap' ? reading.secondsToNext : 0;
  if (!next) return null;
  return (
    <Card title={role === 'candidate' ? 'On to your next station' : 'Your next candidate'} className="room-day-transition">
      <p className="lead">
        {role === 'candidate' ? (
          <>
            Next: <strong>{next.stationName}</strong> at {timeIn(next.startsAt, user.timeZone)} ({zoneName(user.timeZone)}).
          </>
        ) : (
          <>
            You stay at <strong>{next.stationName}</strong>; your next candidate arrives at {timeIn(next.startsAt, user.timeZone)}{' '}
            ({zoneName(user.timeZone)}).
          </>
        )}
      </p>
      <p role="timer" aria-label="Time until the next station" className="room-day-countdown">
        Starts in <span className="room-clock-figure">{formatClock(seconds)}</span>
      </p>
      <p role="status">{seconds > 0 ? 'Rounds opens the next room for you when it starts.' : 'Opening the next room…'}</p>
      <p className="muted">
        <Link to={`/interview-days/${day.dayId}`}>Your whole day</Link> (leaving this page stops the automatic move).
      </p>
    </Card>
  );
}
