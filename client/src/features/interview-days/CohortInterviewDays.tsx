import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { shortDayIn, timeIn } from '../scheduling/zoned-time';
import { useInterviewDays } from './interview-day-queries';

/** The cohort page's list of its interview days, latest first, and the way to build one (its coordinators). */
export function CohortInterviewDays({ cohortId, timeZone }: { cohortId: string; timeZone: string }) {
  const days = useInterviewDays(cohortId, true);
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
        <ul className="day-list">
          {days.data.map((day) => (
            <li key={day.id}>
              <Link to={`/interview-days/${day.id}`}>{day.title}</Link>{' '}
              <span className="muted">
                · {shortDayIn(day.startsAt, timeZone)}, {timeIn(day.startsAt, timeZone)}–{timeIn(day.endsAt, timeZone)} ·{' '}
                {day.stationCount} stations, {day.candidateCount} candidates
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
