import { Link, useLocation } from 'react-router';
import { Card } from '../../components/Card';
import { StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { timeZoneLabel } from '../../lib/format';
import { noticeFrom } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { useCohorts } from '../cohorts/cohort-queries';
import { useSessions, type SessionScope } from './scheduling-queries';
import { useNow } from './session-display';
import { SessionList } from './SessionList';

/** `/sessions`: the person's upcoming and past sessions, with Join for the ones about to start. */
export function SessionsPage() {
  usePageTitle('Sessions');
  const user = useSignedInUser();
  const notice = noticeFrom(useLocation().state);
  const isCandidate = user.roles.includes('candidate');
  const isMentor = user.roles.includes('mentor');

  return (
    <>
      <StatusMessage message={notice} />
      <div className="page-header sch-page-header">
        <div>
          <h1>Your sessions</h1>
          <p className="lead">
            Times are in your zone, {timeZoneLabel(user.timeZone)}, with each other person’s local time beside them. The Join
            button opens ten minutes before the start.
          </p>
        </div>
        <div className="sch-header-actions">
          {isCandidate && (
            <Link to="/book" className="button button-primary">
              Book a session
            </Link>
          )}
          {(isCandidate || isMentor) && (
            <Link to="/availability" className="button button-secondary">
              Your availability
            </Link>
          )}
        </div>
      </div>
      <SessionsCard scope="upcoming" />
      {user.roles.includes('coordinator') && <CoordinatedCohorts />}
      <SessionsCard scope="past" />
    </>
  );
}

function SessionsCard({ scope }: { scope: SessionScope }) {
  const user = useSignedInUser();
  const sessions = useSessions(scope);
  const now = useNow();
  const upcoming = scope === 'upcoming';
  return (
    <Card title={upcoming ? 'Upcoming' : 'Past and cancelled'}>
      {sessions.isPending && (
        <LoadingState label={upcoming ? 'Loading your upcoming sessions…' : 'Loading your past sessions…'} />
      )}
      {sessions.isError && <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {sessions.isSuccess && sessions.data.length === 0 && <EmptySessions upcoming={upcoming} />}
      {sessions.isSuccess && sessions.data.length > 0 && (
        <SessionList sessions={sessions.data} viewer={user} now={now} showJoin={upcoming} />
      )}
    </Card>
  );
}

function EmptySessions({ upcoming }: { upcoming: boolean }) {
  const user = useSignedInUser();
  if (!upcoming) return <p className="empty-state">No past sessions yet.</p>;
  return (
    <div className="empty-state-block">
      <p className="empty-state-title">Nothing coming up</p>
      {user.roles.includes('candidate') ? (
        <p>
          <Link to="/book">Book a practice session</Link> with a mentor or a fellow candidate: Rounds proposes times when you are
          both free.
        </p>
      ) : user.roles.includes('mentor') ? (
        <p>
          Candidates book you in the times you offer: keep <Link to="/availability">your availability</Link> current.
        </p>
      ) : (
        <p>Sessions you take part in will appear here. Your cohorts’ sessions are on each cohort’s calendar.</p>
      )}
    </div>
  );
}

/** Coordinators reach each cohort's calendar and scheduling form from here. */
function CoordinatedCohorts() {
  const cohorts = useCohorts();
  const coordinated = cohorts.data?.filter((cohort) => cohort.myRoles.includes('coordinator')) ?? [];
  if (!cohorts.isSuccess || coordinated.length === 0) return null;
  return (
    <Card title="Cohorts you coordinate" description="Every session of a cohort, and scheduling sessions for its members.">
      <ul className="cohort-list">
        {coordinated.map((cohort) => (
          <li key={cohort.id} className="cohort-list-item">
            <span className="cohort-name">{cohort.name}</span>
            <span className="row-actions">
              <Link to={`/cohorts/${cohort.id}/calendar`} className="button button-secondary button-small">
                Calendar<span className="visually-hidden"> of {cohort.name}</span>
              </Link>
              <Link to={`/cohorts/${cohort.id}/schedule`} className="button button-secondary button-small">
                Schedule a session<span className="visually-hidden"> in {cohort.name}</span>
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
