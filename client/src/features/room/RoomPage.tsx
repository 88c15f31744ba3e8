import type { LocalUserChoices } from '@livekit/components-react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useSignedInUser } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../scheduling/scheduling-queries';
import { kindTitle, othersIn } from '../scheduling/session-display';
import { PreJoinStep } from './PreJoinStep';
import { RoomStage } from './RoomStage';
import { RoomSummary } from './RoomSummary';
import './room.css';

type Step = { name: 'prejoin' } | { name: 'room'; choices: LocalUserChoices } | { name: 'summary'; ended: boolean };

/**
 * The call room, as LiveKit Meet builds one: check camera and microphone first, then the room (video beside
 * the interview panel), and a summary on the way out. This page and LiveKit load only when a room opens.
 */
export function RoomPage() {
  usePageTitle('Session room');
  const { sessionId = '' } = useParams();
  const user = useSignedInUser();
  const session = useSession(sessionId);
  const [step, setStep] = useState<Step>({ name: 'prejoin' });
  const showEnded = useCallback(() => setStep({ name: 'summary', ended: true }), []);

  if (session.isPending) return <LoadingState label="Loading the session…" />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;

  const status = session.data.status;
  const closed = status === 'cancelled' || status === 'no_show';
  const current: Step = status === 'completed' ? { name: 'summary', ended: true } : step;
  const others = othersIn(session.data, user.id);

  return (
    <div className="room-page">
      <p className="back-link">
        <Link to={`/sessions/${sessionId}`}>← Session details</Link>
      </p>
      <div className="page-header">
        <h1>{kindTitle(session.data)}</h1>
        {others.length > 0 && <p className="lead">With {others.map((person) => person.displayName).join(' and ')}</p>}
      </div>
      {closed && (
        <p className="notice notice-warning" role="status">
          This session was {status === 'cancelled' ? 'cancelled' : 'marked as a no-show'}: its room is closed.
        </p>
      )}
      {!closed && current.name === 'prejoin' && (
        <PreJoinStep
          displayName={user.displayName}
          audioOnly={user.accommodations.audioOnly}
          onJoin={(choices) => setStep({ name: 'room', choices })}
        />
      )}
      {!closed && current.name === 'room' && (
        <RoomStage
          session={session.data}
          choices={current.choices}
          onLeave={() => setStep({ name: 'summary', ended: false })}
          onEnded={showEnded}
        />
      )}
      {!closed && current.name === 'summary' && (
        <RoomSummary session={session.data} onRejoin={current.ended ? undefined : () => setStep({ name: 'prejoin' })} />
      )}
    </div>
  );
}
