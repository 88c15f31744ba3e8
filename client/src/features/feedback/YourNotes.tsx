import type { FeedbackForm, OwedForm } from '@rounds/shared';
import { Card } from '../../components/Card';
import { LoadingState } from '../../components/PageStates';
import { useFeedbackForm } from './feedback-queries';

interface YourNotesProps {
  sessionId: string;
  written: FeedbackForm[];
  owed: OwedForm[];
}

/** The private notes you took in the room, per person you interviewed (only you see them). */
export function YourNotes({ sessionId, written, owed }: YourNotesProps) {
  const subjects = [
    ...new Set([
      ...written.filter((form) => form.kind === 'interviewer').map((form) => form.about.userId),
      ...owed.filter((form) => form.kind === 'interviewer').map((form) => form.about.userId),
    ]),
  ];
  if (subjects.length === 0) return null;
  return (
    <Card
      title="Your notes"
      description="What you noted per question in the room. Only you see them; in your feedback you choose which to share."
    >
      {subjects.map((about) => (
        <NotesAbout key={about} sessionId={sessionId} about={about} />
      ))}
    </Card>
  );
}

function NotesAbout({ sessionId, about }: { sessionId: string; about: string }) {
  const form = useFeedbackForm(sessionId, 'interviewer', about);
  if (form.isPending) return <LoadingState label="Loading your notes…" />;
  if (form.isError) return null;
  const notes = form.data.questions.filter((question) => form.data.privateNotes?.[question.questionId]);
  return (
    <section className="fb-received" aria-label={`Your notes on ${form.data.about.displayName}`}>
      <h3>On {form.data.about.displayName}</h3>
      {notes.length === 0 ? (
        <p className="muted">You took no notes on the questions you asked.</p>
      ) : (
        <ul className="fb-notes">
          {notes.map((question) => (
            <li key={question.questionId}>
              <span className="muted">{question.prompt}</span>
              <span className="fb-text">{form.data.privateNotes![question.questionId]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
