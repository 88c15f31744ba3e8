import { zoneName } from '@rounds/shared';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useSignedInUser } from '../../lib/session';
import { useSessions } from './scheduling-queries';
import { useNow } from './session-display';
import { SessionList } from './SessionList';

interface UpcomingSessionsCardProps {
  /** How many sessions to show; the rest are one click away. */
  limit?: number;
}

/** For the dashboard: the signed-in person's next sessions, each with its Join button. */
export function UpcomingSessionsCard({ limit = 3 }: UpcomingSessionsCardProps) {
  const user = useSignedInUser();
  const sessions = useSessions('upcoming');
  const now = useNow();
  const isCandidate = user.roles.includes('candidate');
  const isMentor = user.roles.includes('mentor');
  const next = sessions.data?.slice(0, limit) ?? [];
  const more = (sessions.data?.length ?? 0) - next.length;

  return (
    <Card
      title="Upcoming sessions"
      className="sch-upcoming-card"
      actions={<Link to="/sessions">All sessions</Link>}
      description={`Times are in your zone, ${zoneName(user.timeZone)}.`}
    >
      {sessions.isPending && <LoadingState label="Loading your sessions…" />}
      {sessions.isError && <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {sessions.isSuccess && next.length === 0 && (
        <div className="empty-state-block">
          <p className="empty-state-title">No sessions coming up</p>
          {isCandidate && (
            <p>
              <Link to="/book">Book a practice session</Link>: Rounds proposes times when you and a mentor are both free.
            </p>
          )}
          {!isCandidate && isMentor && (
            <p>
              Candidates book you in the times you offer. <Link to="/availability">Check your availability</Link> so they find a
              slot.
            </p>
          )}
          {!isCandidate && !isMentor && <p>Sessions you take part in will be listed here.</p>}
        </div>
      )}
      {next.length > 0 && <SessionList sessions={next} viewer={user} now={now} />}
      {more > 0 && (
        <p className="sch-more">
          <Link to="/sessions">{more === 1 ? '1 more upcoming session' : `${more} more upcoming sessions`}</Link>
        </p>
      )}
    </Card>
  );
}
