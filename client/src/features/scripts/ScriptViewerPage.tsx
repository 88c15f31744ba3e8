import { PERSONA_LABELS, TRACK_LABELS, type ScriptDetail } from '@rounds/shared';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { isApiError } from '../../lib/api';
import { noticeFrom, withNotice } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { minutesText, questionsText } from '../../lib/format-time';
import { useCohortNames } from '../cohorts/cohort-names';
import { CloneScriptButton } from './CloneScriptButton';
import { useCoordinatedCohorts, useRetireScript, useScript } from './script-queries';
import { RoleCardPanel } from './RoleCardPanel';
import { ScriptTimeline } from './ScriptTimeline';

/** A script laid out the way an interviewer runs it: sections with start times, each question with its guide. */
export function ScriptViewerPage() {
  const { scriptId = '' } = useParams();
  const script = useScript(scriptId);
  usePageTitle(script.data?.title ?? 'Interview script');

  return (
    <>
      <p className="back-link">
        <Link to="/scripts">← All scripts</Link>
      </p>
      {script.isPending && <LoadingState label="Loading the script…" />}
      {script.isError && <ErrorState error={script.error} onRetry={() => void script.refetch()} />}
      {script.isSuccess && <ScriptView script={script.data} />}
    </>
  );
}

function ScriptView({ script }: { script: ScriptDetail }) {
  const notice = noticeFrom(useLocation().state);
  const { coordinated } = useCoordinatedCohorts();
  const cohortNames = useCohortNames();
  const canEdit = script.cohortId !== null && coordinated.some((cohort) => cohort.id === script.cohortId);
  const questions = script.sections.flatMap((section) => section.questions);
  const candidateView = questions.some((question) => question.view === 'candidate');
  const source = script.builtIn ? 'Built-in' : (cohortNames.get(script.cohortId ?? '') ?? 'Your cohort');

  return (
    <>
      <StatusMessage message={notice} />
      <div className="page-header sb-page-header">
        <div>
          <p className="eyebrow">{TRACK_LABELS[script.track]}</p>
          <h1>
            {script.title}
            {script.status === 'retired' && <span className="badge badge-revoked sb-title-badge">Retired</span>}
          </h1>
          {script.description && <p className="lead">{script.description}</p>}
        </div>
        <div className="sb-header-actions">
          <Link to={`/practice/${script.id}`} className="button button-primary">
            Practise alone
          </Link>
          {canEdit && (
            <Link to={`/scripts/${script.id}/edit`} className="button button-secondary">
              Edit script
            </Link>
          )}
          {script.builtIn && <CloneScriptButton scriptId={script.id} scriptTitle={script.title} cohorts={coordinated} />}
        </div>
      </div>

      <dl className="summary-list sb-summary">
        <div>
          <dt>Interviewer</dt>
          <dd>{PERSONA_LABELS[script.persona]}</dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>{minutesText(script.totalMinutes)}</dd>
        </div>
        <div>
          <dt>Questions</dt>
          <dd>{questionsText(script.questionCount)}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{script.builtIn ? source : `${source} · version ${script.version}`}</dd>
        </div>
      </dl>

      {candidateView && (
        <p className="notice qb-note">
          You see the prompts as your interviewer will ask them. The interviewer's notes (follow-up probes, what each question
          assesses, the rubric) are visible to mentors and coordinators.
        </p>
      )}

      {script.roleCard && <RoleCardPanel card={script.roleCard} persona={script.persona} />}

      <section className="card sb-script-card" aria-label="Interview plan">
        <ScriptTimeline script={script} />
      </section>

      {canEdit && script.status === 'active' && <RetireScript script={script} />}
    </>
  );
}

/** Retiring takes a second, deliberate click; sessions already booked keep their copy of the script. */
function RetireScript({ script }: { script: ScriptDetail }) {
  const navigate = useNavigate();
  const retire = useRetireScript(script.id);
  const [confirming, setConfirming] = useState(false);

  return (
    <section className="card sb-retire" aria-labelledby="sb-retire-heading">
      <h2 id="sb-retire-heading">Retire this script</h2>
      <p className="card-description">
        A retired script is no longer offered for new sessions or practice lists. Sessions already booked keep their copy.
      </p>
      {!confirming ? (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          Retire script…
        </button>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button button-danger"
            disabled={retire.isPending}
            onClick={() =>
              retire.mutate(undefined, {
                onSuccess: () => void navigate('/scripts', { state: withNotice(`“${script.title}” is retired.`) }),
              })
            }
          >
            {retire.isPending ? 'Retiring…' : `Yes, retire “${script.title}”`}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      )}
      {retire.isError && (
        <p role="alert" className="inline-error">
          {isApiError(retire.error) ? retire.error.detail : 'The script could not be retired. Please try again.'}
        </p>
      )}
    </section>
  );
}
