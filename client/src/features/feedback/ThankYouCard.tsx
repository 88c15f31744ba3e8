import { THANK_YOU_BODY_MAX, type ThankYou, type User } from '@rounds/shared';
import { useState } from 'react';
import { Card } from '../../components/Card';
import { TextAreaField } from '../../components/fields';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { isApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useSendThankYou, useThankYou } from './feedback-queries';

/** The follow-up coach: a thank-you note per interviewer, to copy, or to send through Rounds within the day. */
export function ThankYouCard({ sessionId, user }: { sessionId: string; user: User }) {
  const thankYou = useThankYou(sessionId);
  return (
    <Card
      title="Say thank you"
      description={`${thankYou.data?.followUpAdvice ?? 'Thank your interviewer in person, always.'} Edit the draft, then copy it or let Rounds e-mail it.`}
    >
      {thankYou.isPending && <LoadingState label="Drafting your notes…" />}
      {thankYou.isError && <ErrorState error={thankYou.error} onRetry={() => void thankYou.refetch()} />}
      {thankYou.isSuccess &&
        thankYou.data.notes.map((note) => (
          <ThankYouNote key={note.to.userId} sessionId={sessionId} note={note} sendBy={thankYou.data.sendBy} user={user} />
        ))}
    </Card>
  );
}

interface ThankYouNoteProps {
  sessionId: string;
  note: ThankYou['notes'][number];
  sendBy: string;
  user: User;
}

function ThankYouNote({ sessionId, note, sendBy, user }: ThankYouNoteProps) {
  const send = useSendThankYou(sessionId);
  const [body, setBody] = useState(note.body);
  const [copied, setCopied] = useState<string | null>(null);
  // Checked when the note opens; past `sendBy` the server refuses with its own message anyway.
  const [tooLate] = useState(() => Date.now() > Date.parse(sendBy));
  const bodyError = send.error && isApiError(send.error) ? send.error.fieldErrors.body : undefined;

  async function copy() {
    try {
      await navigator.clipboard.writeText(body);
      setCopied('Copied: paste it into an e-mail or message.');
    } catch {
      setCopied('Your browser did not allow copying: select the text and copy it yourself.');
    }
  }

  return (
    <section className="fb-thank-you" aria-label={`Thank-you note to ${note.to.displayName}`}>
      <h3>To {note.to.displayName}</h3>
      {note.topics.length > 0 && <p className="muted">Topics covered: {note.topics.map((topic) => topic.label).join(', ')}.</p>}
      <TextAreaField
        label={`Note to ${note.to.displayName}`}
        rows={9}
        maxLength={THANK_YOU_BODY_MAX}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={bodyError}
        readOnly={send.isSuccess}
      />
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          Copy
        </button>
        {!send.isSuccess && !tooLate && (
          <button
            type="button"
            className="button button-primary"
            disabled={send.isPending}
            onClick={() => send.mutate({ to: note.to.userId, subject: note.subject, body })}
          >
            {send.isPending ? 'Sending…' : `Send to ${note.to.displayName} through Rounds`}
          </button>
        )}
      </div>
      <p role="status" className="muted">
        {send.isSuccess
          ? `Sent to ${send.data.to.displayName} at ${formatDateTime(send.data.sentAt, user.timeZone)}.`
          : (copied ??
            (tooLate
              ? `Rounds sent notes until ${formatDateTime(sendBy, user.timeZone)}: copy it and send it yourself.`
              : `Rounds can send it until ${formatDateTime(sendBy, user.timeZone)}.`))}
      </p>
      <p role="alert" className="inline-error">
        {send.isError && !bodyError ? (isApiError(send.error) ? send.error.detail : 'The note could not be sent.') : null}
      </p>
    </section>
  );
}
