import type { User } from '@rounds/shared';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { formatDate } from '../../lib/format';
import { useCohorts } from '../cohorts/cohort-queries';

/** The coordinator's view: the cohorts they run, with member counts. */
export function CoordinatorSection({ user }: { user: User }) {
  const cohorts = useCohorts();
  const coordinated = cohorts.data?.filter((cohort) => cohort.myRoles.includes('coordinator')) ?? [];

  return (
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
            <li key={cohort.id} className="cohort-list-item">
              <div>
                <Link to={`/cohorts/${cohort.id}`} className="cohort-name">
                  {cohort.name}
                </Link>
                {cohort.description && <p className="cohort-description">{cohort.description}</p>}
              </div>
              <p className="cohort-meta">
                <span className="member-count">
                  {cohort.memberCount === 1 ? '1 member' : `${cohort.memberCount} members`}
                </span>
                <span>Since {formatDate(cohort.createdAt, user.timeZone)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
