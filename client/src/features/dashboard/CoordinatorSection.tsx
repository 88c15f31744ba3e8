import type { User } from '@rounds/shared';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useCohorts } from '../cohorts/cohort-queries';
import { CohortListItem } from '../cohorts/CohortListItem';

// Its own chunk: only coordinators download what it needs (the sessions and feedback queries).
const CoordinatorNow = lazy(async () => ({ default: (await import('./CoordinatorNow')).CoordinatorNow }));

/** The coordinator's view: what needs them now in each cohort they run, then the cohorts with member counts. */
export function CoordinatorSection({ user }: { user: User }) {
  const cohorts = useCohorts();
  const coordinated = cohorts.data?.filter((cohort) => cohort.myRoles.includes('coordinator')) ?? [];

  return (
    <>
      <Suspense fallback={<LoadingState label="Loading what needs you now…" />}>
        {coordinated.map((cohort) => (
          <CoordinatorNow key={cohort.id} cohort={cohort} timeZone={user.timeZone} />
        ))}
      </Suspense>
      <Card
        title="Cohorts you coordinate"
        className="role-section role-coordinator"
        actions={<Link to="/cohorts">Manage cohorts</Link>}
      >
        {cohorts.isPending && <LoadingState label="Loading your cohorts…" />}
        {cohorts.isError && <ErrorState error={cohorts.error} onRetry={() => void cohorts.refetch()} />}
        {cohorts.isSuccess && coordinated.length === 0 && (
          <div className="empty-state-block">
            <p className="empty-state-title">You do not coordinate a cohort yet</p>
            <p>
              <Link to="/cohorts">Create a cohort</Link>, then invite candidates and mentors to it.
            </p>
          </div>
        )}
        {coordinated.length > 0 && (
          <ul className="cohort-list">
            {coordinated.map((cohort) => (
              <CohortListItem key={cohort.id} cohort={cohort} timeZone={user.timeZone} emphasiseMemberCount />
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
