import type { LocalUserChoices } from '@livekit/components-react';
import type { RoomView, Session } from '@rounds/shared';
import { useEffect } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { LoadingState } from '../../components/PageStates';
import { CandidatePanel } from './CandidatePanel';
import { InterviewerPanel } from './InterviewerPanel';
import { RoomAccommodations } from './RoomAccommodations';
import { availableActions, canSwap } from './room-clock';
import { SessionClock } from './SessionClock';
import { useRoomSocket } from './use-room-socket';
import { useServerNow } from './use-server-now';
import { VideoStage } from './VideoStage';

interface RoomStageProps {
  session: Session;
  choices: LocalUserChoices;
  onLeave: () => void;
  /** The room has ended (for everyone): show the summary. */
  onEnded: () => void;
}

/** In the room: the video beside a panel by role, the session clock above, all driven by the room's shared view. */
export function RoomStage({ session, choices, onLeave, onEnded }: RoomStageProps) {
  const { connection, notice, act, saveNote } = useRoomSocket(session.id);
  const view = connection.status === 'ready' ? connection.view : null;

  useEffect(() => {
    if (view?.phase === 'ended') onEnded();
  }, [view?.phase, onEnded]);

  return (
    <div className="room-stage">
      <div className="room-bar">
        {view ? <RoomClockBar view={view} offsetMs={connection.status === 'ready' ? connection.offsetMs : 0} /> : <span />}
        <button type="button" className="button button-secondary" onClick={onLeave}>
          Leave the room
        </button>
      </div>
      {connection.status === 'ready' && connection.reconnecting && (
        <p className="notice notice-warning" role="status">
          Connection lost: reconnecting… Nothing is lost; the room picks up where it is.
        </p>
      )}
      <FormAlert message={notice} />
      {view && <RoomAccommodations view={view} session={session} />}
      <div className="room-layout">
        <VideoStage sessionId={session.id} choices={choices} />
        {connection.status === 'connecting' && <LoadingState label="Joining the room…" />}
        {connection.status === 'failed' && (
          <div className="error-state" role="alert">
            <p>{connection.error.message}</p>
          </div>
        )}
        {connection.status === 'ready' && (
          <RolePanel
            view={connection.view}
            offsetMs={connection.offsetMs}
            online={!connection.reconnecting}
            session={session}
            act={act}
            saveNote={saveNote}
          />
        )}
      </div>
    </div>
  );
}

function RoomClockBar({ view, offsetMs }: { view: RoomView; offsetMs: number }) {
  const now = useServerNow(offsetMs);
  return <SessionClock clock={view.clock} now={now} />;
}

interface RolePanelProps {
  view: RoomView;
  offsetMs: number;
  online: boolean;
  session: Session;
  act: ReturnType<typeof useRoomSocket>['act'];
  saveNote: ReturnType<typeof useRoomSocket>['saveNote'];
}

/** The panel follows the view's role, so when a peer session swaps, each person's panel swaps with it. */
function RolePanel({ view, offsetMs, online, session, act, saveNote }: RolePanelProps) {
  const now = useServerNow(offsetMs);
  // Recomputed each tick: the swap becomes available at half time without any new view.
  const available = availableActions(view, now);
  if (view.role === 'candidate') return <CandidatePanel view={view} now={now} canSwapNow={canSwap(view, now)} onAct={act} />;
  return (
    <InterviewerPanel
      view={view}
      track={session.track}
      now={now}
      available={available}
      online={online}
      onAct={act}
      onSaveNote={saveNote}
    />
  );
}
