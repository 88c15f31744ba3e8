import type { RoomActionType, RoomView } from '@rounds/shared';
import { useEffect, useRef, useState } from 'react';
import { formatClock } from '../../lib/format-time';
import { answerElapsedSeconds } from './room-clock';
import { ROOM_SHORTCUTS } from './room-shortcuts';
import { useRoomShortcuts } from './use-room-shortcuts';

interface InterviewerControlsProps {
  view: RoomView;
  now: number;
  available: ReadonlySet<RoomActionType>;
  onAct: (action: RoomActionType) => void;
}

const keyOf = (action: RoomActionType) => ROOM_SHORTCUTS.find((shortcut) => shortcut.actions.includes(action))?.key;

/**
 * The interviewer drives the room from this bar, which stays on screen however long the guide is: every action
 * with its key shown on it, the answer timer beside its button. Ending asks once more, by either.
 */
export function InterviewerControls({ view, now, available, onAct }: InterviewerControlsProps) {
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
      {label}
      {keyOf(action) && <kbd aria-hidden="true">{keyOf(action)}</kbd>}
    </button>
  );
  const timerRunning = view.timer.answerStartedAt !== null;
  const elapsed = answerElapsedSeconds(view.timer, now);
  const proposedBy = view.swapProposedBy ?? null;

  return (
    <div className="room-action-bar" role="group" aria-label="Interview controls">
      <div className="room-action-bar-inner">
        {view.phase === 'lobby' && button('start', 'Start the interview', true)}
        {(view.phase === 'interviewing' || view.phase === 'swap') && (
          <>
            {button('reveal', 'Reveal question', true)}
            {button('previous', 'Previous')}
            {button('next', 'Next')}
            <span className="room-action-timer">
              {timerRunning ? button('timer_stop', 'Stop answer timer') : button('timer_start', 'Start answer timer')}
              <span className="room-action-timer-figure">
                <span className="visually-hidden">Answer time: </span>
                {elapsed === null ? (
                  <>
                    <span aria-hidden="true">–:––</span>
                    <span className="visually-hidden">not running</span>
                  </>
                ) : (
                  formatClock(elapsed)
                )}
              </span>
            </span>
            {view.kind === 'peer_swap' && view.half === 1 && (
              <>
                {proposedBy === null && button('swap', 'Propose swap')}
                {proposedBy === view.candidateId && (
                  <>
                    {button('swap', 'Accept swap', true)}
                    {button('swap_decline', 'Decline swap')}
                  </>
                )}
                {proposedBy === view.interviewerId && button('swap_withdraw', 'Withdraw swap proposal')}
              </>
            )}
            {button('wrap_up', 'Wrap up')}
          </>
        )}
        {view.phase === 'wrap_up' && button('resume', 'Back to the questions')}
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
            End session
            <kbd aria-hidden="true">E</kbd>
          </button>
        )}
      </div>
    </div>
  );
}
