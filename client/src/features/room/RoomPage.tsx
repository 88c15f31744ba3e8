import type { LocalUserChoices } from '@livekit/components-react';
import { useCallback, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { noticeFrom } from '../../lib/navigation-notice';
import { useSignedInUser } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../scheduling/scheduling-queries';
import { sessionTitle, othersIn } from '../scheduling/session-display';
import { roomPath } from './day-clock';
import { DayTransition } from './DayTransition';
import { PreJoinStep } from './PreJoinStep';
import { RoomStage, type DayStationOver } from './RoomStage';
import { RoomSummary } from './RoomSummary';
import './room.css';

type Step =
  | { name: 'prejoin' }
  | { name: 'room'; choices: LocalUserChoices }
  | { name: 'summary'; ended: boolean }
  | { name: 'between'; over: DayStationOver; choices: LocalUserChoices };

/** What an interview day's move to the next room carries in the history state: the devices already chosen. */
interface DayMoveState {
  choices: LocalUserChoices;
}

/** An observer enters with nothing on: no camera, no microphone. */
const OBSERVER_CHOICES = (username: string): LocalUserChoices => ({
  username,
  videoEnabled: false,
  audioEnabled: false,
  videoDeviceId: '',
  audioDeviceId: '',
});

function carriedChoices(state: unknown): LocalUserChoices | null {
  if (typeof state !== 'object' || state === null || !('choices' in state)) return null;
  return (state as DayMoveState).choices;
}

/**
 * The call room, as LiveKit Meet builds one: check camera and microphone first, then the room (video beside
 * the interview panel), and a summary on the way out. This page and LiveKit load only when a room opens.
 */
export function RoomPage() {
  usePageTitle('Session room');
  const { sessionId = '' } = useParams();
  // A fresh room per session: an interview day moves people from one session's room to the next on this route.
  return <SessionRoom key={sessionId} sessionId={sessionId} />;
}

function SessionRoom({ sessionId }: { sessionId: string }) {
  const user = useSignedInUser();
  const session = useSession(sessionId);
  const navigate = useNavigate();
  // Moved here by an interview day: straight in with the camera and microphone chosen for the first station.
  const location = useLocation();
  const carried = carriedChoices(location.state);
  // Sent here by practice now: who they are paired with.
  const notice = noticeFrom(location.state);
  const [step, setStep] = useState<Step>(carried ? { name: 'room', choices: carried } : { name: 'prejoin' });
  const showEnded = useCallback(() => setStep({ name: 'summary', ended: true }), []);
  const showNextStation = useCallback(
    (over: DayStationOver) =>
      setStep((current) => (current.name === 'room' ? { name: 'between', over, choices: current.choices } : current)),
    [],
  );
  const choices = step.name === 'between' ? step.choices : null;
  const goToStation = useCallback(
    (nextSessionId: string) => {
      if (choices) void navigate(roomPath(nextSessionId), { state: { choices } satisfies DayMoveState });
    },
    [choices, navigate],
  );

  if (session.isPending) return <LoadingState label="Loading the session…" />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;

  // Observers (a coordinator, someone listed to watch) neither show nor say anything: no camera check, no tips.
  const observing = !session.data.participants.some(
    (person) => person.userId === user.id && (person.role === 'interviewer' || person.role === 'candidate'),
  );

  const status = session.data.status;
  const closed = status === 'cancelled' || status === 'no_show';
  // A finished session opens on its summary, unless the day is already taking this person to their next station.
  const current: Step = status === 'completed' && step.name !== 'between' ? { name: 'summary', ended: true } : step;
  const others = othersIn(session.data, user.id);

  return (
    <div className="room-page">
      <p className="back-link">
        <Link to={`/sessions/${sessionId}`}>← Session details</Link>
      </p>
      <div className="page-header">
        <h1>{sessionTitle(session.data)}</h1>
        {others.length > 0 && <p className="lead">With {others.map((person) => person.displayName).join(' and ')}</p>}
        <StatusMessage message={notice} />
      </div>
      {closed && (
        <p className="notice notice-warning" role="status">
          This session was {status === 'cancelled' ? 'cancelled' : 'marked as a no-show'}: its room is closed.
        </p>
      )}
      {!closed && current.name === 'prejoin' && observing && (
        <div className="room-observe-start">
          <p>You watch this session: your camera and microphone stay off, and the participants do not see you.</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setStep({ name: 'room', choices: OBSERVER_CHOICES(user.displayName) })}
          >
            Enter the room to watch
          </button>
        </div>
      )}
      {!closed && current.name === 'prejoin' && !observing && (
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
          onStationOver={showNextStation}
        />
      )}
      {!closed && current.name === 'between' && (
        <DayTransition day={current.over.day} role={current.over.role} offsetMs={current.over.offsetMs} onGo={goToStation} />
      )}
      {!closed && current.name === 'summary' && (
        <RoomSummary session={session.data} onRejoin={current.ended ? undefined : () => setStep({ name: 'prejoin' })} />
      )}
    </div>
  );
}
