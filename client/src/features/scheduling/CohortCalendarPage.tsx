import type { Session, User } from '@rounds/shared';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { timeZoneLabel } from '../../lib/format';
import { noticeFrom } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { useCohort } from '../cohorts/cohort-queries';
import { useSessions, type SessionScope } from './scheduling-queries';
import { useNow } from './session-display';
import { SessionList } from './SessionList';
import { longDayOf, mondayOf, shortDayOf, wallClock } from './zoned-time';

/** `/cohorts/:cohortId/calendar`: every session of a cohort, week by week, for its coordinators. */
export function CohortCalendarPage() {
  const { cohortId = '' } = useParams();
  const user = useSignedInUser();
  const cohort = useCohort(cohortId);
  const notice = noticeFrom(useLocation().state);
  const [scope, setScope] = useState<SessionScope>('upcoming');
  usePageTitle(cohort.data ? `${cohort.data.name}: calendar` : 'Cohort calendar');

  return (
    <>
      <p className="back-link">
        <Link to={`/cohorts/${cohortId}`}>← {cohort.data?.name ?? 'Cohort'}</Link>
      </p>
      <StatusMessage message={notice} />
      <div className="page-header sch-page-header">
        <div>
          <h1>Cohort calendar</h1>
          <p className="lead">
            {cohort.data ? `Every session of ${cohort.data.name}` : 'Every session of this cohort'}, week by week, in your zone:{' '}
            {timeZoneLabel(user.timeZone)}.
          </p>
        </div>
        <div className="sch-header-actions">
          <Link to={`/cohorts/${cohortId}/schedule`} className="button button-primary">
            Schedule a session
          </Link>
        </div>
      </div>
      <div className="sch-scope" role="group" aria-label="Which sessions">
        <button
          type="button"
          className="button button-small sch-scope-button"
          aria-pressed={scope === 'upcoming'}
          onClick={() => setScope('upcoming')}
        >
          Upcoming
        </button>
        <button
          type="button"
          className="button button-small sch-scope-button"
          aria-pressed={scope === 'past'}
          onClick={() => setScope('past')}
        >
          Past and cancelled
        </button>
      </div>
      <CalendarWeeks cohortId={cohortId} scope={scope} user={user} />
    </>
  );
}

function CalendarWeeks({ cohortId, scope, user }: { cohortId: string; scope: SessionScope; user: User }) {
  const sessions = useSessions(scope, cohortId);
  const now = useNow();
  if (sessions.isPending) return <LoadingState label="Loading the cohort’s sessions…" />;
  if (sessions.isError) return <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  if (sessions.data.length === 0) {
    return (
      <div className="empty-state-block">
        <p className="empty-state-title">{scope === 'upcoming' ? 'No upcoming sessions' : 'No past sessions yet'}</p>
        {scope === 'upcoming' && (
          <p>
            Candidates book their own sessions in their mentors’ free times, or you can{' '}
            <Link to={`/cohorts/${cohortId}/schedule`}>schedule one</Link>.
          </p>
        )}
      </div>
    );
  }
  const today = wallClock(now, user.timeZone).date;
  return (
    <>
      {groupByWeek(sessions.data, user.timeZone).map(({ monday, days }) => (
        <Card key={monday} title={weekTitle(monday, today)} className="sch-week-card">
          {days.map(({ date, sessions: daySessions }) => (
            <section key={date} className="sch-agenda-day">
              <h3>
                {longDayOf(date, today)}
                {date === today && <span className="badge badge-accepted sch-inline-badge">Today</span>}
              </h3>
              <SessionList sessions={daySessions} viewer={user} now={now} timesOnly showJoin={scope === 'upcoming'} />
            </section>
          ))}
        </Card>
      ))}
    </>
  );
}

function weekTitle(monday: string, today: string): string {
  if (monday === mondayOf(today)) return `This week (from ${shortDayOf(monday)})`;
  return `Week of ${shortDayOf(monday)}`;
}

interface Week {
  monday: string;
  days: { date: string; sessions: Session[] }[];
}

/** Weeks (Monday first, in the viewer's zone) and days within them, keeping the server's order. */
function groupByWeek(sessions: readonly Session[], zone: string): Week[] {
  const weeks: Week[] = [];
  for (const session of sessions) {
    const date = wallClock(session.startsAt, zone).date;
    const monday = mondayOf(date);
    let week = weeks.find((candidate) => candidate.monday === monday);
    if (!week) {
      week = { monday, days: [] };
      weeks.push(week);
    }
    let day = week.days.find((candidate) => candidate.date === date);
    if (!day) {
      day = { date, sessions: [] };
      week.days.push(day);
    }
    day.sessions.push(session);
  }
  return weeks;
}
