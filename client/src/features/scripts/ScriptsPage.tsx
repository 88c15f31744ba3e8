import { PERSONA_LABELS, TRACK_LABELS, TRACKS, type Cohort, type ScriptSummary, type Track } from '@rounds/shared';
import { Link, useLocation } from 'react-router';
import { Card } from '../../components/Card';
import { StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { noticeFrom } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { minutesText, questionsText } from '../../lib/format-time';
import { useCohortNames } from '../cohorts/cohort-names';
import { SourceBadge } from '../questions/QuestionCard';
import { CloneScriptButton } from './CloneScriptButton';
import { useCoordinatedCohorts, useScripts } from './script-queries';

export function ScriptsPage() {
  usePageTitle('Interview scripts');
  const user = useSignedInUser();
  const notice = noticeFrom(useLocation().state);
  const scripts = useScripts();
  const { coordinated } = useCoordinatedCohorts();
  const cohortNames = useCohortNames();
  // The person's own track first: that is the one they are preparing for.
  const tracks = user.track ? [user.track, ...TRACKS.filter((track) => track !== user.track)] : TRACKS;
  const newScriptPath = coordinated.length === 1 ? `/scripts/new?cohortId=${coordinated[0].id}` : '/scripts/new';

  return (
    <>
      <StatusMessage message={notice} />
      <div className="page-header sb-page-header">
        <div>
          <h1>Interview scripts</h1>
          <p className="lead">
            A script is a timed plan for one mock interview: sections, time budgets and the questions to ask. There is a built-in
            default for every track and interviewer
            {coordinated.length > 0 ? ', and your cohorts can write their own.' : '.'}
          </p>
        </div>
        {coordinated.length > 0 && (
          <Link to={newScriptPath} className="button button-primary">
            New script
          </Link>
        )}
      </div>

      {scripts.isPending && <LoadingState label="Loading scripts…" />}
      {scripts.isError && <ErrorState error={scripts.error} onRetry={() => void scripts.refetch()} />}
      {scripts.isSuccess && scripts.data.length === 0 && <p className="empty-state">There are no scripts yet.</p>}
      {scripts.isSuccess &&
        tracks.map((track) => {
          const inTrack = scripts.data.filter((script) => script.track === track);
          if (inTrack.length === 0) return null;
          return (
            <Card key={track} title={TRACK_LABELS[track]} description={trackDescription(track, user.track)}>
              <ul className="sb-script-list">
                {inTrack.map((script) => (
                  <ScriptListItem key={script.id} script={script} coordinated={coordinated} cohortNames={cohortNames} />
                ))}
              </ul>
            </Card>
          );
        })}
    </>
  );
}

function trackDescription(track: Track, ownTrack: Track | null): string | undefined {
  return track === ownTrack ? 'Your track' : undefined;
}

interface ScriptListItemProps {
  script: ScriptSummary;
  coordinated: Cohort[];
  cohortNames: ReadonlyMap<string, string>;
}

function ScriptListItem({ script, coordinated, cohortNames }: ScriptListItemProps) {
  const canEdit = script.cohortId !== null && coordinated.some((cohort) => cohort.id === script.cohortId);
  return (
    <li className="sb-script">
      <div className="sb-script-main">
        <Link to={`/scripts/${script.id}`} className="sb-script-title">
          {script.title}
        </Link>
        <p className="sb-script-meta">
          <span>{PERSONA_LABELS[script.persona]}</span>
          <span>{minutesText(script.totalMinutes)}</span>
          <span>{questionsText(script.questionCount)}</span>
          <SourceBadge builtIn={script.builtIn} cohortId={script.cohortId} cohortNames={cohortNames} />
          {!script.builtIn && <span className="muted">Version {script.version}</span>}
        </p>
        {script.description && <p className="sb-script-description">{script.description}</p>}
      </div>
      <div className="sb-script-actions">
        <Link
          to={`/practice/${script.id}`}
          className="button button-secondary button-small"
          aria-label={`Practise alone: ${script.title}`}
        >
          Practise alone
        </Link>
        {canEdit && (
          <Link
            to={`/scripts/${script.id}/edit`}
            className="button button-quiet button-small"
            aria-label={`Edit: ${script.title}`}
          >
            Edit
          </Link>
        )}
        {script.builtIn && <CloneScriptButton scriptId={script.id} scriptTitle={script.title} cohorts={coordinated} />}
      </div>
    </li>
  );
}
