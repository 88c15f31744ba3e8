import type { Cohort, Session } from '@rounds/shared';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useFeedbackOverview } from '../feedback/feedback-queries';
import { useSessions } from '../scheduling/scheduling-queries';
import { namesOf, sessionTitle, useNow } from '../scheduling/session-display';
import { shortDayIn, timeIn } from '../scheduling/zoned-time';
import { liveNow, noShowsToReview } from './coordinator-now';
import './coordinator-now.css';

/**
 * What needs a cohort's coordinator now: sessions running, no-shows to confirm or clear, feedback still owed, and the
 * two things they start most often. One card per cohort they coordinate.
 */
export function CoordinatorNow({ cohort, timeZone }: { cohort: Cohort; timeZone: string }) {
  const now = useNow(30_000);
  const upcoming = useSessions('upcoming', cohort.id);
  const past = useSessions('past', cohort.id);
  const overview = useFeedbackOverview(cohort.id);
  const live = upcoming.data ? liveNow(upcoming.data, now) : [];
  const noShows = past.data ? noShowsToReview(past.data, now) : [];
  const owed = overview.data?.completion.outstanding.length;

  return (
    <Card
      title={`Needs you now: ${cohort.name}`}
      className="role-section role-coordinator coordinator-now"
      actions={
        <>
          <Link to={`/cohorts/${cohort.id}/schedule`} className="button button-primary">
            Schedule a session
          </Link>{' '}
          <Link to={`/cohorts/${cohort.id}/interview-days/new`} className="button button-secondary">
            Build an interview day
          </Link>
        </>
      }
    >
      <div className="coordinator-now-grid">
        <section aria-labelledby={`${cohort.id}-live`}>
          <h3 id={`${cohort.id}-live`}>Live now</h3>
          {upcoming.isPending && <LoadingState label="Loading the sessions running now…" />}
          {upcoming.isError && <ErrorState error={upcoming.error} onRetry={() => void upcoming.refetch()} />}
          {upcoming.isSuccess && live.length === 0 && <p className="muted">No session is running.</p>}
          {live.length > 0 && (
            <ul className="coordinator-now-list">
              {live.map((session) => (
                <li key={session.id}>
                  <Link to={`/sessions/${session.id}`}>{sessionTitle(session)}</Link> with {namesOf(session.participants)}, until{' '}
                  {timeIn(session.endsAt, timeZone)} ·{' '}
                  <Link to={`/sessions/${session.id}/room`}>
                    Observe<span className="visually-hidden"> {sessionTitle(session)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby={`${cohort.id}-no-shows`}>
          <h3 id={`${cohort.id}-no-shows`}>No-shows to confirm or clear</h3>
          {past.isPending && <LoadingState label="Loading recent no-shows…" />}
          {past.isError && <ErrorState error={past.error} onRetry={() => void past.refetch()} />}
          {past.isSuccess && noShows.length === 0 && <p className="muted">None in the last two weeks.</p>}
          {noShows.length > 0 && (
            <ul className="coordinator-now-list">
              {noShows.map((session) => (
                <li key={session.id}>
                  <NoShowLine session={session} timeZone={timeZone} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby={`${cohort.id}-feedback`}>
          <h3 id={`${cohort.id}-feedback`}>Feedback owed</h3>
          {overview.isPending && <LoadingState label="Loading feedback owed…" />}
          {overview.isError && <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />}
          {owed !== undefined && (
            <p>
              {owed === 0
                ? 'Every form of the ended sessions is in.'
                : `${owed} ${owed === 1 ? 'form is' : 'forms are'} still owed.`}{' '}
              <Link to={`/cohorts/${cohort.id}/feedback`}>
                Feedback and attendance<span className="visually-hidden"> of {cohort.name}</span>
              </Link>
            </p>
          )}
        </section>
      </div>
    </Card>
  );
}

function NoShowLine({ session, timeZone }: { session: Session; timeZone: string }) {
  const absent = session.participants.filter((person) => person.noShow);
  return (
    <>
      <strong>{namesOf(absent)}</strong> did not come to{' '}
      <Link to={`/sessions/${session.id}`}>
        {sessionTitle(session)}
        <span className="visually-hidden">, {shortDayIn(session.startsAt, timeZone)}</span>
      </Link>{' '}
      on {shortDayIn(session.startsAt, timeZone)} at {timeIn(session.startsAt, timeZone)}
    </>
  );
}
