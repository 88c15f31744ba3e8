import type { RoomActionType, RoomView } from '@rounds/shared';
import { useEffect, useRef, useState } from 'react';
import { ROOM_SHORTCUTS } from './room-shortcuts';
import { useRoomShortcuts } from './use-room-shortcuts';

interface InterviewerControlsProps {
  view: RoomView;
  available: ReadonlySet<RoomActionType>;
  onAct: (action: RoomActionType) => void;
}

const keyOf = (action: RoomActionType) => ROOM_SHORTCUTS.find((shortcut) => shortcut.actions.includes(action))?.key;

/** The interviewer drives the room from here, by button or by key; ending asks once more, by either. */
export function InterviewerControls({ view, available, onAct }: InterviewerControlsProps) {
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirmingEnd) confirmRef.current?.focus();
  }, [confirmingEnd]);

  useRoomShortcuts(true, available, (action) => (action === 'end' ? setConfirmingEnd(true) : onAct(action)));

  const button = (action: RoomActionType, label: string, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button-primary' : 'button button-secondary'}
      disabled={!available.has(action)}
      onClick={() => onAct(action)}
      aria-keyshortcuts={keyOf(action)}
    >
      {label} <kbd aria-hidden="true">{keyOf(action)}</kbd>
    </button>
  );
  const timerRunning = view.timer.answerStartedAt !== null;

  return (
    <div className="room-controls" role="group" aria-label="Interview controls">
      {view.phase === 'lobby' && button('start', 'Start the interview', true)}
      {view.phase !== 'lobby' && (
        <>
          {button('reveal', 'Reveal question', true)}
          {button('previous', 'Previous')}
          {button('next', 'Next')}
          {timerRunning ? button('timer_stop', 'Stop answer timer') : button('timer_start', 'Start answer timer')}
          {view.kind === 'peer_swap' && button('swap', 'Swap roles')}
          {button('wrap_up', 'Wrap up')}
        </>
      )}
      {confirmingEnd ? (
        <span className="room-end-confirm">
          <button
            ref={confirmRef}
            type="button"
            className="button button-danger"
            onClick={() => {
              setConfirmingEnd(false);
              onAct('end');
            }}
          >
            Yes, end the session
          </button>
          <button type="button" className="button button-secondary" onClick={() => setConfirmingEnd(false)}>
            Keep going
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          disabled={!available.has('end')}
          onClick={() => setConfirmingEnd(true)}
          aria-keyshortcuts="E"
        >
          End session <kbd aria-hidden="true">E</kbd>
        </button>
      )}
    </div>
  );
}
