import { QUESTION_FAMILY_LABELS, type RoomActionType, type RoomView, type Track } from '@rounds/shared';
import { AnswerTimer } from './AnswerTimer';
import { InterviewerControls } from './InterviewerControls';
import { QuestionGuide } from './QuestionGuide';
import { QuestionNote } from './QuestionNote';
import { ScriptProgress } from './ScriptProgress';
import { ShortcutList } from './ShortcutList';

interface InterviewerPanelProps {
  view: RoomView;
  track: Track;
  now: number;
  available: ReadonlySet<RoomActionType>;
  online: boolean;
  onAct: (action: RoomActionType) => void;
  onSaveNote: (questionId: string, text: string) => Promise<string>;
}

/**
 * What the interviewer works from: the script's progress, the current question with its guide, the controls
 * and a private note per question. An observer (a coordinator) sees the same, read-only and without notes.
 */
export function InterviewerPanel({ view, track, now, available, online, onAct, onSaveNote }: InterviewerPanelProps) {
  const observer = view.role === 'observer';
  const question = view.question;
  return (
    <section className="room-panel" aria-labelledby="room-panel-heading">
      <h2 id="room-panel-heading">{observer ? 'Observing: the interviewer’s view' : 'You are interviewing'}</h2>
      {view.script && <ScriptProgress script={view.script} currentId={question?.id ?? null} />}
      <PhaseLine view={view} />
      <SwapLine view={view} />
      {question && (
        <article className="room-question" aria-labelledby="room-question-heading">
          <h3 id="room-question-heading">
            Question {question.index + 1} of {question.count}{' '}
            <span className="muted">· {QUESTION_FAMILY_LABELS[question.family]}</span>
          </h3>
          {question.scenario && <p className="room-scenario">{question.scenario}</p>}
          <p className="room-prompt">{question.prompt}</p>
          <p className={question.revealed ? 'room-reveal-state room-revealed' : 'room-reveal-state'} aria-live="polite">
            {question.revealed ? 'Showing to the candidate' : 'Not yet shown to the candidate'}
          </p>
          <AnswerTimer view={view} now={now} />
          {view.guide && <QuestionGuide guide={view.guide} track={track} candidateLevel={view.candidateLevel ?? null} />}
        </article>
      )}
      {!observer && (
        <>
          <InterviewerControls view={view} now={now} available={available} onAct={onAct} />
          {question && view.notes && (
            <QuestionNote
              key={question.id}
              questionId={question.id}
              questionLabel={`question ${question.index + 1}`}
              saved={view.notes[question.id]}
              online={online}
              onSave={onSaveNote}
            />
          )}
          <ShortcutList />
        </>
      )}
    </section>
  );
}

/** Where the interview stands when there is no question to show, or it is over. */
function PhaseLine({ view }: { view: RoomView }) {
  if (view.phase === 'lobby') {
    return <p className="room-phase">The interview has not started. Start it when you are both here.</p>;
  }
  if (view.phase === 'wrap_up') {
    return (
      <p className="room-phase">
        Wrapping up: invite the candidate’s questions, then end the session. Until then, “Back to the questions” undoes the
        wrap-up.
      </p>
    );
  }
  if (view.phase === 'swap' && view.half === 2) return <p className="room-phase">Second half: roles have swapped.</p>;
  if (!view.question) return <p className="room-phase">This script has no questions: wrap up when you are ready.</p>;
  return null;
}

/** A swap waiting for an answer, said in words beside the bar's buttons (and announced). */
function SwapLine({ view }: { view: RoomView }) {
  const proposedBy = view.swapProposedBy ?? null;
  const text =
    proposedBy === null
      ? ''
      : view.role === 'observer'
        ? 'A swap of roles has been proposed and waits for the other person.'
        : proposedBy === view.candidateId
          ? 'Your partner proposes swapping roles: accept it when the answer in progress is done, or decline it.'
          : 'You proposed swapping roles: waiting for your partner to accept.';
  return (
    <p className={text ? 'room-swap-proposal' : 'room-swap-proposal room-swap-proposal-empty'} role="status">
      {text}
    </p>
  );
}
