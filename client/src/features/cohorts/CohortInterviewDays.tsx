import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { useCohortInterviewDays } from './cohort-queries';

/**
 * The cohort page's list of its interview days, latest first, and the way to build one (its coordinators). The days'
 * own pages are the interview-days feature's; this list only links to them.
 */
export function CohortInterviewDays({ cohortId, timeZone }: { cohortId: string; timeZone: string }) {
  const days = useCohortInterviewDays(cohortId);
  return (
    <Card
      title="Interview days"
      description="Circuits of stations on one clock: candidates move, interviewers stay."
      actions={
        <Link to={`/cohorts/${cohortId}/interview-days/new`} className="button button-secondary">
          Build an interview day
        </Link>
      }
    >
      {days.isPending && <LoadingState label="Loading the interview days…" />}
      {days.isError && <ErrorState error={days.error} onRetry={() => void days.refetch()} />}
      {days.isSuccess && days.data.length === 0 && <p className="muted">No interview days yet.</p>}
      {days.isSuccess && days.data.length > 0 && (
        <ul>
          {days.data.map((day) => (
            <li key={day.id}>
              <Link to={`/interview-days/${day.id}`}>{day.title}</Link>{' '}
              <span className="muted">
                · {formatDateTime(day.startsAt, timeZone)} · {day.stationCount} stations, {day.candidateCount} candidates
              </span>
              {day.cancelledAt && <span className="badge badge-revoked sch-inline-badge">Cancelled</span>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
