import { ROLE_LABELS } from '@rounds/shared';
import { Link, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { useCohort } from './cohort-queries';
import { CohortMembers } from './CohortMembers';
import { CohortInterviewDays } from './CohortInterviewDays';
import { InvitationsTable } from './InvitationsTable';
import { InviteForm } from './InviteForm';

/** `/cohorts/:cohortId`: members for everyone in the cohort; invitations for its coordinators. */
export function CohortPage() {
  const { cohortId = '' } = useParams();
  const user = useSignedInUser();
  const cohort = useCohort(cohortId);
  usePageTitle(cohort.data?.name ?? 'Cohort');

  const backLink = user.roles.includes('coordinator') ? (
    <Link to="/cohorts">← All cohorts</Link>
  ) : (
    <Link to="/">← Dashboard</Link>
  );

  if (cohort.isPending) return <LoadingState label="Loading the cohort…" />;
  if (cohort.isError) {
    return (
      <>
        <p className="back-link">{backLink}</p>
        <ErrorState error={cohort.error} onRetry={() => void cohort.refetch()} />
      </>
    );
  }

  const { name, description, members, memberCount, myRoles } = cohort.data;
  const coordinates = myRoles.includes('coordinator');
  return (
    <>
      <p className="back-link">{backLink}</p>
      <div className="page-header">
        <h1>{name}</h1>
        {description && <p className="lead">{description}</p>}
        <p className="page-meta">
          {memberCount === 1 ? '1 member' : `${memberCount} members`} · Your role:{' '}
          {myRoles.map((role) => ROLE_LABELS[role]).join(', ')}
        </p>
        {coordinates && (
          <p className="button-row">
            <Link to={`/cohorts/${cohortId}/schedule`} className="button button-primary">
              Schedule a session
            </Link>
            <Link to={`/cohorts/${cohortId}/calendar`} className="button button-secondary">
              Cohort calendar
            </Link>
            <Link to={`/cohorts/${cohortId}/feedback`} className="button button-secondary">
              Feedback and attendance
            </Link>
          </p>
        )}
      </div>

      <CohortMembers
        cohortId={cohortId}
        cohortName={name}
        members={members}
        coordinates={coordinates}
        currentUserId={user.id}
        timeZone={user.timeZone}
      />

      {coordinates && (
        <>
          <CohortInterviewDays cohortId={cohortId} timeZone={user.timeZone} />
          <Card title="Invite someone" description="They get a link to create an account (or sign in) and join with this role.">
            <InviteForm cohortId={cohortId} />
          </Card>
          <Card title="Invitations">
            <InvitationsTable cohortId={cohortId} timeZone={user.timeZone} />
          </Card>
        </>
      )}
    </>
  );
}
