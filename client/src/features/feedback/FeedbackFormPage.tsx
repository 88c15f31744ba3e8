import { FEEDBACK_KIND_LABELS, FEEDBACK_KINDS, type FeedbackKind } from '@rounds/shared';
import { Link, useParams, useSearchParams } from 'react-router';
import { Card } from '../../components/Card';
import { StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { oneOf } from '../../lib/one-of';
import { usePageTitle } from '../../lib/use-page-title';
import { formatDateTime } from '../../lib/format';
import { useSignedInUser } from '../../lib/session';
import { FeedbackEditor } from './FeedbackEditor';
import { FeedbackFormView } from './FeedbackFormView';
import { feedbackFormPath, useFeedbackForm, useSessionFeedback } from './feedback-queries';
import './feedback.css';

/** `/sessions/:sessionId/feedback/:kind?about=`: write a form (autosaved as a draft), or read it once submitted. */
export function FeedbackFormPage() {
  const { sessionId = '', kind: kindParam } = useParams();
  const [search] = useSearchParams();
  const kind = oneOf(FEEDBACK_KINDS, kindParam);
  const backLink = (
    <p className="back-link">
      <Link to={`/sessions/${sessionId}`}>← Back to the session</Link>
    </p>
  );
  if (!kind) {
    return (
      <>
        {backLink}
        <div className="error-state" role="alert">
          <p>There is no “{kindParam}” form: a session has interviewer, self and rating forms.</p>
        </div>
      </>
    );
  }
  return (
    <>
      {backLink}
      <FeedbackFormLoader sessionId={sessionId} kind={kind} about={search.get('about') ?? undefined} />
    </>
  );
}

function FeedbackFormLoader({ sessionId, kind, about }: { sessionId: string; kind: FeedbackKind; about: string | undefined }) {
  const user = useSignedInUser();
  const form = useFeedbackForm(sessionId, kind, about);
  const subject = form.data && kind !== 'self' ? ` · ${form.data.about.displayName}` : '';
  usePageTitle(`${FEEDBACK_KIND_LABELS[kind]}${subject}`);

  if (form.isPending) return <LoadingState label="Loading the form…" />;
  if (form.isError) return <ErrorState error={form.error} onRetry={() => void form.refetch()} />;
  const data = form.data;
  return (
    <>
      <div className="page-header">
        <p className="eyebrow">Feedback</p>
        <h1>
          {FEEDBACK_KIND_LABELS[kind]}
          {kind !== 'self' && <>: {data.about.displayName}</>}
        </h1>
        <p className="lead">{leadFor(kind, data.about.displayName)}</p>
      </div>
      {data.status === 'submitted' ? (
        <>
          <AfterSubmitting sessionId={sessionId} kind={kind} />
          <Card
            title="Submitted"
            description={`Sent on ${formatDateTime(data.submittedAt!, user.timeZone)}; it can no longer change.`}
          >
            <StatusMessage message="This form is submitted." />
            <FeedbackFormView form={data} />
          </Card>
        </>
      ) : (
        // Keyed by whom it is about: saving a new draft gives it an id, which must not reset the editor.
        <FeedbackEditor key={`${kind}-${data.about.userId}`} form={data} about={about} />
      )}
    </>
  );
}

function leadFor(kind: FeedbackKind, name: string): string {
  switch (kind) {
    case 'interviewer':
      return `Score what you heard against the rubric, note what went well and one to three things for ${name} to work on. Your draft saves as you go; ${name} sees it once submitted and their self-assessment is in (or two days after the session).`;
    case 'self':
      return 'Score your own answers against the same rubric before you read your interviewer’s: the difference is where the learning is. Your draft saves as you go.';
    case 'rating':
      return `How helpful was ${name}? They see ratings only as an average of three or more, never one by one.`;
  }
}

/**
 * Where to go once a form is in: the next form this session still asks of you, the feedback on you once released,
 * and the way back to the session and the dashboard (where the day's next session is listed).
 */
function AfterSubmitting({ sessionId, kind }: { sessionId: string; kind: FeedbackKind }) {
  const feedback = useSessionFeedback(sessionId);
  const next = feedback.data?.owed[0];
  const released = kind === 'self' && (feedback.data?.received.length ?? 0) > 0;
  return (
    <Card title="What next">
      <ul className="fb-todo">
        {next && (
          <li>
            <Link className="button button-primary button-small" to={feedbackFormPath(sessionId, next.kind, next.about.userId)}>
              Next: {FEEDBACK_KIND_LABELS[next.kind]}
              {next.kind !== 'self' && ` (${next.about.displayName})`}
            </Link>
          </li>
        )}
        {released && (
          <li>
            <Link to={`/sessions/${sessionId}`}>Read the feedback on you, beside your self-assessment</Link>
          </li>
        )}
        <li>
          <Link to={`/sessions/${sessionId}`}>Back to the session</Link>
        </li>
        <li>
          <Link to="/">Your dashboard and your next sessions</Link>
        </li>
      </ul>
    </Card>
  );
}
