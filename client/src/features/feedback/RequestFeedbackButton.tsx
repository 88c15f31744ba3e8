import type { FeedbackPerson } from '@rounds/shared';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useRequestFeedback } from './feedback-queries';

interface RequestFeedbackButtonProps {
  sessionId: string;
  interviewer: FeedbackPerson;
  timeZone: string;
}

/** Ask an interviewer who has not submitted for their feedback: one e-mail, at most once a day. */
export function RequestFeedbackButton({ sessionId, interviewer, timeZone }: RequestFeedbackButtonProps) {
  const request = useRequestFeedback(sessionId);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  function ask() {
    setMessage(null);
    request.mutate(
      { interviewerId: interviewer.userId },
      {
        onSuccess: (result) =>
          setMessage({
            text: `Rounds e-mailed ${result.to.displayName}. You can ask again after ${formatDateTime(result.nextAllowedAt, timeZone)}.`,
            problem: false,
          }),
        // 429 (asked less than a day ago) and 409 (already submitted) say in words what to do.
        onError: (error) =>
          setMessage({ text: isApiError(error) ? error.detail : 'The request could not be sent.', problem: true }),
      },
    );
  }
  return (
    <span className="fb-request">
      <button type="button" className="button button-secondary button-small" onClick={ask} disabled={request.isPending}>
        {request.isPending ? 'Asking…' : `Ask ${interviewer.displayName} for feedback`}
      </button>
      <span role="status" className="muted">
        {message && !message.problem ? message.text : null}
      </span>
      <span role="alert" className="inline-error">
        {message?.problem ? message.text : null}
      </span>
    </span>
  );
}
