import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { useCohorts } from './cohort-queries';
import { CohortListItem } from './CohortListItem';
import { CreateCohortForm } from './CreateCohortForm';

export function CohortsPage() {
  usePageTitle('Cohorts');
  const user = useSignedInUser();
  const cohorts = useCohorts();
  const isCoordinator = user.roles.includes('coordinator');

  return (
    <>
      <div className="page-header">
        <h1>Cohorts</h1>
        <p className="lead">A cohort is a group of candidates practising together with their mentors.</p>
      </div>
      <Card title="Your cohorts">
        {cohorts.isPending && <LoadingState label="Loading your cohorts…" />}
        {cohorts.isError && <ErrorState error={cohorts.error} onRetry={() => void cohorts.refetch()} />}
        {cohorts.isSuccess && cohorts.data.length === 0 && (
          <p className="empty-state">
            You are not in a cohort yet.{isCoordinator && ' Create the first one below, then invite people to it.'}
          </p>
        )}
        {cohorts.isSuccess && cohorts.data.length > 0 && (
          <ul className="cohort-list">
            {cohorts.data.map((cohort) => (
              <CohortListItem key={cohort.id} cohort={cohort} timeZone={user.timeZone} showMyRoles />
            ))}
          </ul>
        )}
      </Card>
      {isCoordinator && (
        <Card title="Create a cohort" description="You become its coordinator and can invite candidates and mentors.">
          <CreateCohortForm />
        </Card>
      )}
    </>
  );
}
