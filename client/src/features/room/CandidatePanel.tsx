import { QUESTION_FAMILY_LABELS, type RoomActionType, type RoomView } from '@rounds/shared';
import { AnswerTimer } from './AnswerTimer';

interface CandidatePanelProps {
  view: RoomView;
  now: number;
  canSwapNow: boolean;
  onAct: (action: RoomActionType) => void;
}

/**
 * The candidate sees each question once the interviewer reveals it (announced to screen readers) and how long
 * they have been answering; in a peer session either person may propose swapping roles from half time, and the
 * other accepts or declines.
 */
export function CandidatePanel({ view, now, canSwapNow, onAct }: CandidatePanelProps) {
  const question = view.question;
  return (
    <section className="room-panel" aria-labelledby="room-panel-heading">
      <h2 id="room-panel-heading">You are the candidate</h2>
      <div className="room-candidate-question" aria-live="polite" aria-atomic="true">
        {view.phase === 'lobby' && <p className="room-waiting">Waiting for your interviewer to start the interview…</p>}
        {view.phase === 'wrap_up' && <p className="room-waiting">Wrapping up: this is your time to ask your own questions.</p>}
        {(view.phase === 'interviewing' || view.phase === 'swap') &&
          (question?.prompt ? (
            <>
              <h3>
                Question {question.index + 1} of {question.count}{' '}
                <span className="muted">· {QUESTION_FAMILY_LABELS[question.family]}</span>
              </h3>
              {question.scenario && <p className="room-scenario">{question.scenario}</p>}
              <p className="room-prompt">{question.prompt}</p>
            </>
          ) : (
            <p className="room-waiting">Waiting for your interviewer to ask the next question…</p>
          ))}
      </div>
      <AnswerTimer view={view} now={now} />
      {view.kind === 'peer_swap' && view.half === 1 && view.phase === 'interviewing' && (
        <SwapProposal view={view} canSwapNow={canSwapNow} onAct={onAct} />
      )}
    </section>
  );
}

/** The candidate's side of an agreed swap: propose it, withdraw their proposal, or answer the interviewer's. */
function SwapProposal({ view, canSwapNow, onAct }: Omit<CandidatePanelProps, 'now'>) {
  const proposedBy = view.swapProposedBy ?? null;
  const mine = proposedBy === view.candidateId;
  const theirs = proposedBy === view.interviewerId;
  return (
    <div className="room-swap">
      <p role="status" className="room-swap-proposal">
        {mine && 'You proposed swapping roles: waiting for your partner to accept.'}
        {theirs && 'Your partner proposes swapping roles: you would ask the questions from now on.'}
      </p>
      <p className="room-swap-actions">
        {proposedBy === null && (
          <>
            <button type="button" className="button button-secondary" disabled={!canSwapNow} onClick={() => onAct('swap')}>
              Propose swap
            </button>{' '}
            <span className="field-hint">
              {canSwapNow ? 'Your partner accepts it before roles swap.' : 'Available from half time.'}
            </span>
          </>
        )}
        {mine && (
          <button type="button" className="button button-secondary" onClick={() => onAct('swap_withdraw')}>
            Withdraw swap proposal
          </button>
        )}
        {theirs && (
          <>
            <button type="button" className="button button-primary" onClick={() => onAct('swap')}>
              Accept swap
            </button>{' '}
            <button type="button" className="button button-secondary" onClick={() => onAct('swap_decline')}>
              Decline swap
            </button>
          </>
        )}
      </p>
    </div>
  );
}
