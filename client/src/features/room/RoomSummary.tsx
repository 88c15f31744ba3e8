import { QUESTION_FAMILY_LABELS, routes, type Session } from '@rounds/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { api } from '../../lib/api';
import { formatDuration, questionsText } from '../../lib/format-time';

interface RoomSummaryProps {
  session: Session;
  /** Offered while the session is still running: back into the room. */
  onRejoin?: () => void;
  /** The way on to feedback on the session page; left out where the summary is shown on that page. */
  feedbackLink?: boolean;
}

/** What happened in a session's room, read afresh wherever shown: a copy taken as the room closed may predate its last question. */
export function useRoomSummary(sessionId: string) {
  return useQuery({
    queryKey: ['room', 'summary', sessionId],
    queryFn: ({ signal }) => api(routes.roomSummary, { params: { sessionId }, signal }),
    staleTime: 0,
  });
}

/** Where the room ends: the questions asked and the time on each, then on to feedback. */
export function RoomSummary({ session, onRejoin, feedbackLink = true }: RoomSummaryProps) {
  const summary = useRoomSummary(session.id);
  const nameOf = (userId: string) => session.participants.find((person) => person.userId === userId)?.displayName ?? 'Someone';

  return (
    <Card
      title="Session summary"
      className="room-summary"
      actions={
        (feedbackLink || onRejoin) && (
          <>
            {feedbackLink && (
              <Link className="button button-primary" to={`/sessions/${session.id}`}>
                Write feedback
              </Link>
            )}
            {onRejoin && (
              <button type="button" className="button button-secondary" onClick={onRejoin}>
                Rejoin the room
              </button>
            )}
          </>
        )
      }
    >
      {summary.isPending && <LoadingState label="Loading the summary…" />}
      {summary.isError && <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.isSuccess &&
        (summary.data.questions.length === 0 ? (
          <p>No questions were asked{summary.data.phase === 'ended' ? ' in this session' : ' yet'}.</p>
        ) : (
          <>
            <p>
              {questionsText(summary.data.questions.length)} asked,{' '}
              {formatDuration(summary.data.questions.reduce((total, question) => total + question.seconds, 0))} in all.
            </p>
            <table className="data-table room-summary-table">
              <caption className="visually-hidden">Questions asked, with the time on each</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Question</th>
                  {session.kind === 'peer_swap' && <th scope="col">Asked by</th>}
                  <th scope="col">Time</th>
                </tr>
              </thead>
              <tbody>
                {summary.data.questions.map((question, index) => (
                  <tr key={`${question.half}-${question.questionId}`}>
                    <td data-label="#">{index + 1}</td>
                    <td data-label="Question">
                      <span className="muted">{QUESTION_FAMILY_LABELS[question.family]} · </span>
                      {question.prompt}
                    </td>
                    {session.kind === 'peer_swap' && <td data-label="Asked by">{nameOf(question.interviewerId)}</td>}
                    <td data-label="Time" className="nowrap">
                      {formatDuration(question.seconds)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ))}
    </Card>
  );
}
