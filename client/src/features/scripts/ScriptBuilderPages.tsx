import { TRACKS } from '@rounds/shared';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { Card } from '../../components/Card';
import { StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { noticeFrom } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { oneOf } from '../../lib/one-of';
import { CloneScriptButton } from './CloneScriptButton';
import { draftFromScript, emptyDraft } from './script-draft';
import { useCoordinatedCohorts, useScript } from './script-queries';
import { ScriptBuilderForm } from './ScriptBuilderForm';

/** `/scripts/new?cohortId=…&track=…`: a coordinator writes a new script for one of their cohorts. */
export function NewScriptPage() {
  usePageTitle('New script');
  const user = useSignedInUser();
  const [searchParams] = useSearchParams();
  const { cohorts, coordinated } = useCoordinatedCohorts();
  const requested = searchParams.get('cohortId');
  // With one cohort there is nothing to choose; with several, the link may name one.
  const initialCohortId =
    coordinated.length === 1 ? coordinated[0].id : (coordinated.find((cohort) => cohort.id === requested)?.id ?? '');
  const track = oneOf(TRACKS, searchParams.get('track')) ?? user.track ?? undefined;

  return (
    <>
      <p className="back-link">
        <Link to="/scripts">← All scripts</Link>
      </p>
      <div className="page-header">
        <h1>New script</h1>
        <p className="lead">Plan a mock interview: who asks, in what order, and how long each part takes.</p>
      </div>
      {cohorts.isPending && <LoadingState label="Loading your cohorts…" />}
      {cohorts.isError && <ErrorState error={cohorts.error} onRetry={() => void cohorts.refetch()} />}
      {cohorts.isSuccess && coordinated.length === 0 && (
        <Card title="You do not coordinate a cohort">
          <p>
            Scripts belong to a cohort, and its coordinators write them.{' '}
            {user.roles.includes('coordinator') ? (
              <>
                <Link to="/cohorts">Create a cohort</Link> first.
              </>
            ) : (
              'Ask your cohort’s coordinator for the script you need.'
            )}
          </p>
        </Card>
      )}
      {cohorts.isSuccess && coordinated.length > 0 && (
        <ScriptBuilderForm mode={{ kind: 'create', cohorts: coordinated, initialCohortId }} initialDraft={emptyDraft(track)} />
      )}
    </>
  );
}

/** `/scripts/:scriptId/edit`: a coordinator changes their cohort's script; saving makes a new version. */
export function EditScriptPage() {
  const { scriptId = '' } = useParams();
  const notice = noticeFrom(useLocation().state);
  const script = useScript(scriptId);
  const { cohorts, coordinated } = useCoordinatedCohorts();
  usePageTitle(script.data ? `Edit ${script.data.title}` : 'Edit script');

  const cohort = script.data ? coordinated.find((candidate) => candidate.id === script.data.cohortId) : undefined;

  return (
    <>
      <StatusMessage message={notice} />
      <p className="back-link">
        <Link to={`/scripts/${scriptId}`}>← Back to the script</Link>
      </p>
      <div className="page-header">
        <h1>Edit script</h1>
        {script.data && !script.data.builtIn && (
          <p className="lead">
            You are editing version {script.data.version}. Saving creates version {script.data.version + 1}; sessions already
            booked keep the version they were booked with.
          </p>
        )}
      </div>
      {(script.isPending || cohorts.isPending) && <LoadingState label="Loading the script…" />}
      {script.isError && <ErrorState error={script.error} onRetry={() => void script.refetch()} />}
      {cohorts.isError && <ErrorState error={cohorts.error} onRetry={() => void cohorts.refetch()} />}
      {script.isSuccess && cohorts.isSuccess && script.data.builtIn && (
        <Card title="Built-in scripts are read-only">
          <p>Clone “{script.data.title}” into your cohort, then change the copy.</p>
          <CloneScriptButton scriptId={script.data.id} scriptTitle={script.data.title} cohorts={coordinated} />
        </Card>
      )}
      {script.isSuccess && cohorts.isSuccess && !script.data.builtIn && !cohort && (
        <Card title="You cannot edit this script">
          <p>Only the coordinators of the cohort this script belongs to can change it.</p>
        </Card>
      )}
      {script.isSuccess && cohort && (
        <>
          {script.data.status === 'retired' && (
            <p className="notice notice-warning">This script is retired. Saving a change brings it back into use.</p>
          )}
          <ScriptBuilderForm
            key={script.data.id}
            mode={{ kind: 'edit', script: script.data, cohortName: cohort.name }}
            initialDraft={draftFromScript(script.data)}
          />
        </>
      )}
    </>
  );
}
