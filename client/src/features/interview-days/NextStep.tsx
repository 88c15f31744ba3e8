import type { ItineraryStep } from '@rounds/shared';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { feedbackFormPath } from '../feedback/feedback-queries';
import { useNow } from '../scheduling/session-display';
import { timeIn } from '../scheduling/zoned-time';
import { dayNow, startsInText } from './day-now';

/**
 * The top of a person's day page: the station running now, or how long until the next one starts (ticking each
 * second) and, for an interviewer between rotations, the candidate they just saw to score now.
 */
export function NextStep({ steps, zone }: { steps: readonly ItineraryStep[]; zone: string }) {
  const now = useNow(1000);
  const state = dayNow(steps, now);
  if (!state) return null;
  const scoreNow = state.kind === 'at-station' ? null : state.scoreNow;
  return (
    <Card title="Now" className="day-next-step">
      {state.kind === 'at-station' && (
        <p>
          <strong>{state.step.stationName}</strong> is running until {timeIn(state.step.endsAt, zone)}
          {state.step.partner ? ` with ${state.step.partner.displayName}` : ''}.{' '}
          <Link to={`/sessions/${state.step.sessionId}/room`}>Go to the room</Link>
        </p>
      )}
      {state.kind === 'before-station' && (
        <p>
          Your next station, <strong>{state.next.stationName}</strong> (rotation {state.next.rotation + 1}), starts in{' '}
          <strong className="day-starts-in">{startsInText(state.startsInMs)}</strong>, at {timeIn(state.next.startsAt, zone)}.{' '}
          <Link to={`/sessions/${state.next.sessionId}/room`}>Open its room</Link>
        </p>
      )}
      {state.kind === 'done' && <p>Your stations are over for today.</p>}
      {scoreNow?.sessionId && scoreNow.partner && (
        <p>
          <Link
            className="button button-primary"
            to={feedbackFormPath(scoreNow.sessionId, 'interviewer', scoreNow.partner.userId)}
          >
            Score {scoreNow.partner.displayName} now
          </Link>{' '}
          <span className="muted">while rotation {scoreNow.rotation + 1} is fresh.</span>
        </p>
      )}
    </Card>
  );
}
