import type { LocalUserChoices } from '@livekit/components-react';
import type { RoomDayContext, RoomRole, RoomView, Session } from '@rounds/shared';
import { useEffect } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { useSignedInUser } from '../../lib/session';
import { othersIn } from '../scheduling/session-display';
import { LoadingState } from '../../components/PageStates';
import { CandidatePanel } from './CandidatePanel';
import { DayClock } from './DayClock';
import { HalfTimeBanner } from './HalfTimeBanner';
import { readDayClock } from './day-clock';
import { InterviewerPanel } from './InterviewerPanel';
import { RoomAccommodations } from './RoomAccommodations';
import { RoomChat } from './RoomChat';
import { RoomPresenceLine } from './RoomPresenceLine';
import { availableActions, canSwap } from './room-clock';
import { SessionClock } from './SessionClock';
import { useRoomSocket } from './use-room-socket';
import { useServerNow } from './use-server-now';
import { VideoStage } from './VideoStage';

/** An interview day's station is over for this person: where the day takes them next, on the server's clock. */
export interface DayStationOver {
  day: RoomDayContext;
  role: RoomRole;
  offsetMs: number;
}

interface RoomStageProps {
  session: Session;
  choices: LocalUserChoices;
  onLeave: () => void;
  /** The room has ended (for everyone): show the summary. */
  onEnded: () => void;
  /** A station of an interview day is over (its rotation's time is up, or its room ended): move on. */
  onStationOver: (over: DayStationOver) => void;
}

/** In the room: the video beside a panel by role, the session clock above, all driven by the room's shared view. */
export function RoomStage({ session, choices, onLeave, onEnded, onStationOver }: RoomStageProps) {
  const { connection, notice, act, saveNote, callLink, presence, messages, sendChat } = useRoomSocket(session.id);
  const user = useSignedInUser();
  const partnerName = othersIn(session, user.id)
    .filter((person) => person.role !== 'observer')
    .map((person) => person.displayName)
    .join(' and ');
  const view = connection.status === 'ready' ? connection.view : null;
  const offsetMs = connection.status === 'ready' ? connection.offsetMs : 0;
  const phase = view?.phase;
  const role = view?.role;
  const day = view?.day ?? null;

  // A station of an interview day ends into the day's next step; any other room ends on its summary.
  useEffect(() => {
    if (phase !== 'ended') return;
    if (day && role && role !== 'observer') onStationOver({ day, role, offsetMs });
    else onEnded();
  }, [phase, role, day, offsetMs, onEnded, onStationOver]);

  return (
    <div className="room-stage">
      <div className="room-bar">
        {view ? <RoomClockBar view={view} offsetMs={offsetMs} onStationOver={onStationOver} /> : <span />}
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
      {view && <RoomPresenceLine view={view} session={session} viewerId={user.id} presence={presence} />}
      {view && <HalfTimeClock view={view} offsetMs={offsetMs} />}
      {view && <RoomAccommodations view={view} session={session} />}
      <div className={`room-layout room-layout-${role ?? 'joining'}`}>
        <div className="room-side">
          <VideoStage
            sessionId={session.id}
            choices={choices}
            role={role ?? null}
            partnerName={partnerName || 'Your partner'}
            callLink={callLink}
            online={connection.status === 'ready' && !connection.reconnecting}
          />
          {view && role !== 'observer' && (
            <RoomChat
              messages={messages}
              partnerName={partnerName || 'your partner'}
              online={connection.status === 'ready' && !connection.reconnecting}
              onSend={sendChat}
            />
          )}
        </div>
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

/** The half-time banner, on the server's clock like the rest. */
function HalfTimeClock({ view, offsetMs }: { view: RoomView; offsetMs: number }) {
  const now = useServerNow(offsetMs);
  return <HalfTimeBanner view={view} now={now} />;
}

interface RoomClockBarProps {
  view: RoomView;
  offsetMs: number;
  onStationOver: (over: DayStationOver) => void;
}

/** The session clock, or on an interview day the day's one clock, which also says when the station is over. */
function RoomClockBar({ view, offsetMs, onStationOver }: RoomClockBarProps) {
  const now = useServerNow(offsetMs);
  const { day, role } = view;
  const over = day !== null && readDayClock(day, role, now).stage !== 'rotation';
  useEffect(() => {
    if (over && day) onStationOver({ day, role, offsetMs });
  }, [over, day, role, offsetMs, onStationOver]);
  if (day) return <DayClock day={day} role={role} now={now} />;
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
