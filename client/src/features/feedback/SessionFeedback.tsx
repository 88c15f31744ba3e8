import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_RULES,
  type Session,
  type SessionFeedback as SessionFeedbackData,
  type User,
} from '@rounds/shared';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { isApiError } from '../../lib/api';
import { RoomSummary, useRoomSummary } from '../room/RoomSummary';
import { formatDateTime } from '../../lib/format';
import { FeedbackFormView } from './FeedbackFormView';
import { feedbackFormPath, useSessionFeedback } from './feedback-queries';
import { formatScore } from './feedback-format';
import { RequestFeedbackButton } from './RequestFeedbackButton';
import { ScoresBesideSelf } from './ScoresBesideSelf';
import { ThankYouCard } from './ThankYouCard';
import { YourNotes } from './YourNotes';
import './feedback.css';

const STATE_LABELS = { not_started: 'Not started', draft: 'Draft saved', submitted: 'Submitted, not yet released' } as const;

/**
 * The session page once the session is over: what was asked in the room and the time on each, what you owe and
 * what to do next, what was released to you, who still writes about you (with a way to ask them), and for
 * candidates the thank-you note.
 */
export function SessionFeedback({ session, user }: { session: Session; user: User }) {
  const room = useRoomSummary(session.id);
  // Feedback opens when the room ends or the session completes: until then there is nothing to ask the server.
  const ended = session.status === 'completed' || room.data?.phase === 'ended';
  return (
    <>
      <RoomSummary session={session} feedbackLink={false} />
      {ended ? (
        <FeedbackSections sessionId={session.id} user={user} />
      ) : (
        room.isSuccess && (
          <p className="muted">Feedback opens once the session has ended: come back after the interview is over.</p>
        )
      )}
    </>
  );
}

function FeedbackSections({ sessionId, user }: { sessionId: string; user: User }) {
  const feedback = useSessionFeedback(sessionId);
  if (feedback.isPending) return <LoadingState label="Loading the feedback…" />;
  if (feedback.isError) {
    // 409: the session has not ended yet; the page says so plainly instead of showing an error.
    if (isApiError(feedback.error, 409)) return <p className="muted">{feedback.error.detail}</p>;
    return <ErrorState error={feedback.error} onRetry={() => void feedback.refetch()} />;
  }
  const data = feedback.data;
  const participant = data.all === null;
  const interviewed = data.received.length + data.awaiting.length > 0 || data.written.some((f) => f.kind === 'self');
  return (
    <>
      {participant && <NextSteps data={data} timeZone={user.timeZone} />}
      {participant && <YourNotes sessionId={sessionId} written={data.written} owed={data.owed} />}
      {interviewed && <ReceivedFeedback data={data} user={user} />}
      {participant && interviewed && <ThankYouCard sessionId={sessionId} user={user} />}
      {data.all !== null && <CoordinatorForms data={data} />}
    </>
  );
}

function NextSteps({ data, timeZone }: { data: SessionFeedbackData; timeZone: string }) {
  const submitted = data.written.filter((form) => form.status === 'submitted');
  return (
    <Card
      title="Your feedback"
      description={`Feedback is due soon after the session: it is released to the person it is about once their self-assessment is in, or by ${formatDateTime(data.releaseDeadline, timeZone)}.`}
    >
      {data.owed.length === 0 ? (
        <p>You have submitted everything you owe for this session. Thank you.</p>
      ) : (
        <ul className="fb-todo">
          {data.owed.map((owed) => (
            <li key={`${owed.kind}-${owed.about.userId}`}>
              <Link
                className="button button-primary button-small"
                to={feedbackFormPath(data.sessionId, owed.kind, owed.about.userId)}
              >
                {owed.state === 'draft' ? 'Continue' : 'Write'}: {FEEDBACK_KIND_LABELS[owed.kind]}
                {owed.kind !== 'self' && ` (${owed.about.displayName})`}
              </Link>{' '}
              <span className="badge badge-pending">{STATE_LABELS[owed.state]}</span>
            </li>
          ))}
        </ul>
      )}
      {submitted.length > 0 && (
        <>
          <h3>Submitted</h3>
          <ul className="fb-todo">
            {submitted.map((form) => (
              <li key={`${form.kind}-${form.about.userId}`}>
                <Link to={feedbackFormPath(data.sessionId, form.kind, form.about.userId)}>
                  {FEEDBACK_KIND_LABELS[form.kind]}
                  {form.kind !== 'self' && ` (${form.about.displayName})`}
                </Link>{' '}
                <span className="badge badge-accepted">Submitted</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {data.ratings.count > 0 && (
        <p className="muted">
          Your helpfulness as an interviewer:{' '}
          {data.ratings.mean === null
            ? `${data.ratings.count} rating${data.ratings.count === 1 ? '' : 's'} so far; the average shows from ${FEEDBACK_RULES.ratingsShownFrom} on.`
            : `${formatScore(data.ratings.mean)} of 5 over ${data.ratings.count} ratings.`}
        </p>
      )}
    </Card>
  );
}

function ReceivedFeedback({ data, user }: { data: SessionFeedbackData; user: User }) {
  const ownSelf = data.written.find((form) => form.kind === 'self' && form.status === 'submitted');
  return (
    <Card
      title="Feedback on you"
      description="Interviewer feedback reaches you once your self-assessment is in, or two days after the session."
    >
      {data.received.map((form) => (
        <section
          key={form.id ?? form.author.userId}
          className="fb-received"
          aria-label={`Feedback from ${form.author.displayName}`}
        >
          <h3>From {form.author.displayName}</h3>
          {ownSelf && <ScoresBesideSelf received={form} self={ownSelf} />}
          <FeedbackFormView form={form} />
        </section>
      ))}
      {data.awaiting.length > 0 && (
        <ul className="fb-todo">
          {data.awaiting.map((waiting) => (
            <li key={waiting.author.userId}>
              <span>
                {waiting.author.displayName}: <span className="badge badge-pending">{STATE_LABELS[waiting.state]}</span>
              </span>
              {waiting.state === 'submitted' ? (
                <span className="muted">
                  {' '}
                  It reaches you once your self-assessment is in, or by {formatDateTime(data.releaseDeadline, user.timeZone)}.
                </span>
              ) : (
                <RequestFeedbackButton sessionId={data.sessionId} interviewer={waiting.author} timeZone={user.timeZone} />
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function CoordinatorForms({ data }: { data: SessionFeedbackData }) {
  const forms = data.all ?? [];
  return (
    <Card title="Submitted feedback" description="As the cohort's coordinator you see every submitted form, released or not.">
      {forms.length === 0 ? (
        <p>No feedback has been submitted for this session yet.</p>
      ) : (
        forms.map((form) => (
          <section
            key={form.id ?? `${form.kind}-${form.author.userId}`}
            className="fb-received"
            aria-label={`${form.author.displayName}, ${FEEDBACK_KIND_LABELS[form.kind]}`}
          >
            <h3>
              {form.author.displayName} · {FEEDBACK_KIND_LABELS[form.kind]}
              {form.kind !== 'self' && ` (${form.about.displayName})`}
            </h3>
            <FeedbackFormView form={form} />
          </section>
        ))
      )}
    </Card>
  );
}
