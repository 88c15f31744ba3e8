import {
  PERSONA_LABELS,
  SCRIPT_SECTION_LABELS,
  TRACK_LABELS,
  withExtraTime,
  type QuestionView,
  type ScriptDetail,
} from '@rounds/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useSignedInUser } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { formatClock, formatDuration, minutesText, questionsText } from '../../lib/format-time';
import { useScript } from '../scripts/script-queries';
import { CameraPanel } from './CameraPanel';
import { paceFor } from './pacing';
import { PacingBar } from './PacingBar';
import { RecordingList } from './RecordingList';
import { useAnswerRecorder } from './use-answer-recorder';
import { useCamera } from './use-camera';
import { useStopwatch } from './use-stopwatch';

interface PracticeItem {
  /** Where the question sits, shown above it: the script's section, or the question's family. */
  label: string;
  question: QuestionView;
}

/** What a solo run practises: a script, or a hand-picked set of questions (the progress page's next focus). */
export interface PracticeRun {
  title: string;
  /** "Solo practice · Residency / fellowship interview", "Program director · 3 questions · about 9 minutes". */
  eyebrow: string;
  description: string;
  items: PracticeItem[];
  /** Where "Back" leads once the run is finished. */
  back: { to: string; label: string };
}

/** A script as a practice run, its questions in script order. */
function runOfScript(script: ScriptDetail): PracticeRun {
  const items = script.sections.flatMap((section) =>
    section.questions.map((question) => ({ label: SCRIPT_SECTION_LABELS[section.section], question })),
  );
  return {
    title: script.title,
    eyebrow: `Solo practice · ${TRACK_LABELS[script.track]}`,
    description: `${PERSONA_LABELS[script.persona]} · ${questionsText(items.length)} · about ${minutesText(script.totalMinutes)}`,
    items,
    back: { to: `/scripts/${script.id}`, label: 'Back to the script' },
  };
}

/** `/practice/:scriptId`: a candidate runs through a script alone, timed, optionally recording each answer. */
export function SoloPracticePage() {
  const { scriptId = '' } = useParams();
  const script = useScript(scriptId);
  const run = useMemo(() => (script.data ? runOfScript(script.data) : null), [script.data]);
  usePageTitle(script.data ? `Practise: ${script.data.title}` : 'Solo practice');
  return (
    <>
      <p className="back-link">
        <Link to={`/scripts/${scriptId}`}>← Back to the script</Link>
      </p>
      {script.isPending && <LoadingState label="Loading the script…" />}
      {script.isError && <ErrorState error={script.error} onRetry={() => void script.refetch()} />}
      {script.isSuccess && run && <PracticeSession key={script.data.id} run={run} />}
    </>
  );
}

type Phase = 'ready' | 'running' | 'finished';

export function PracticeSession({ run }: { run: PracticeRun }) {
  const { items } = run;
  // Extra time (an accommodation) stretches every target, and with it the pacing.
  const extraTime = useSignedInUser().accommodations.extraTime;
  const targetOf = (question: QuestionView) => withExtraTime(question.targetSeconds, extraTime);
  const [phase, setPhase] = useState<Phase>('ready');
  const [index, setIndex] = useState(0);
  /** Seconds spent on each question, by position (the last visit that took any time). */
  const [times, setTimes] = useState<Record<number, number>>({});
  const stopwatch = useStopwatch();
  const camera = useCamera();
  const recorder = useAnswerRecorder();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // A new question (or the end) was shown: put focus on its heading so screen readers read it next.
  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);

  const current = items[index];

  function begin() {
    if (camera.state.status === 'off') void camera.start();
    setTimes({});
    setIndex(0);
    setPhase('running');
    stopwatch.restart(true);
    setFocusRequest((count) => count + 1);
  }

  function leaveQuestion() {
    recorder.stop();
    const seconds = stopwatch.elapsedSeconds;
    if (seconds > 0) setTimes((previous) => ({ ...previous, [index]: seconds }));
  }

  function goTo(next: number) {
    leaveQuestion();
    setIndex(next);
    stopwatch.restart(true);
    setFocusRequest((count) => count + 1);
  }

  function finish() {
    leaveQuestion();
    stopwatch.restart(false);
    camera.stop();
    setPhase('finished');
    setFocusRequest((count) => count + 1);
  }

  function toggleRecording() {
    if (recorder.recording) {
      recorder.stop();
      stopwatch.pause();
      return;
    }
    if (camera.state.status !== 'live' || !current) return;
    // The answer starts now: the timer starts with the recording, so both show the same length.
    if (recorder.start(camera.state.stream, { number: index + 1, prompt: current.question.prompt })) stopwatch.restart(true);
  }

  const header = (
    <div className="page-header">
      <p className="eyebrow">{run.eyebrow}</p>
      <h1>{run.title}</h1>
      <p className="lead">{run.description}</p>
    </div>
  );

  if (items.length === 0) {
    return (
      <>
        {header}
        <div className="empty-state-block">
          <p className="empty-state-title">This script has no questions to practise</p>
          <p>
            <Link to="/scripts">Choose another script</Link>.
          </p>
        </div>
      </>
    );
  }

  const cameraPanel = (
    <CameraPanel state={camera.state} onStart={() => void camera.start()} onStop={camera.stop} canRecord={recorder.supported} />
  );

  if (phase === 'ready') {
    return (
      <>
        {header}
        <div className="sp-layout">
          <section className="card sp-intro" aria-labelledby="sp-intro-heading">
            <h2 id="sp-intro-heading">Before you start</h2>
            <ul className="sp-checklist">
              <li>
                <strong>Camera at eye level</strong>, with light in front of you rather than behind. Look at the camera, not the
                screen, when you answer.
              </li>
              <li>
                <strong>Microphone</strong>: a headset or earphones with a microphone sound clearer than a laptop’s. Speak, and
                check the level bar under the preview moves.
              </li>
              <li>
                <strong>A quiet room</strong>: close the door, silence your phone and notifications.
              </li>
              <li>
                <strong>Answer out loud</strong>, as you would to the real interviewer. Each question shows a timer and a pacing
                bar: keep going, good range, wrap up.
              </li>
            </ul>
            <p className="notice sp-privacy">
              <strong>Nothing is uploaded.</strong> If you record your answers, the videos stay in this browser tab until you
              leave or reload the page. You can watch them back and download them.
            </p>
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={begin}>
                Start practice
              </button>
              <span className="muted">You can practise with or without the camera.</span>
            </div>
          </section>
          <section className="card sp-camera" aria-labelledby="sp-camera-heading">
            <h2 id="sp-camera-heading">Camera and microphone check</h2>
            {cameraPanel}
          </section>
        </div>
        {recorder.recordings.length > 0 && <RecordingList recordings={recorder.recordings} onDelete={recorder.remove} />}
      </>
    );
  }

  if (phase === 'finished') {
    const totalSeconds = Object.values(times).reduce((sum, seconds) => sum + seconds, 0);
    return (
      <>
        {header}
        <section className="card sp-finished" aria-labelledby="sp-finished-heading">
          <h2 id="sp-finished-heading" ref={headingRef} tabIndex={-1}>
            Practice complete
          </h2>
          <p>
            You went through {questionsText(items.length)} in {formatClock(totalSeconds)}. Compare your times with each target,
            then watch your recordings back: are your answers structured, specific, and paced?
          </p>
          <table className="data-table sp-times">
            <caption className="visually-hidden">Your time on each question</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Your time</th>
                <th scope="col">Target</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, position) => {
                const seconds = times[position];
                return (
                  <tr key={item.question.id}>
                    <th scope="row" data-label="Question">
                      <span className="muted">{position + 1}.</span> {item.question.prompt}
                    </th>
                    <td data-label="Your time">
                      {seconds === undefined ? (
                        <span className="muted">Skipped</span>
                      ) : (
                        <>
                          {formatClock(seconds)} <PaceBadge seconds={seconds} target={targetOf(item.question)} />
                        </>
                      )}
                    </td>
                    <td data-label="Target">{formatDuration(targetOf(item.question))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="form-actions sp-finished-actions">
            <button type="button" className="button button-primary" onClick={() => setPhase('ready')}>
              Practise again
            </button>
            <Link to={run.back.to}>{run.back.label}</Link>
            <Link to="/scripts">All scripts</Link>
          </div>
        </section>
        <RecordingList recordings={recorder.recordings} onDelete={recorder.remove} />
      </>
    );
  }

  const questionNumber = index + 1;
  const isLast = index === items.length - 1;
  const savedHere = recorder.recordings.filter((recording) => recording.questionNumber === questionNumber).at(-1);
  const cameraLive = camera.state.status === 'live';

  return (
    <>
      {header}
      <div className="sp-progress" aria-hidden="true">
        <div className="sp-progress-fill" style={{ width: `${(questionNumber / items.length) * 100}%` }} />
      </div>
      <div className="sp-layout sp-layout-running">
        <section className="card sp-question" aria-labelledby="sp-question-heading">
          <p className="eyebrow">{current.label}</p>
          <h2 id="sp-question-heading" ref={headingRef} tabIndex={-1} className="sp-question-heading">
            Question {questionNumber} of {items.length}
          </h2>
          <p className="sp-prompt">{current.question.prompt}</p>

          <div className="sp-timer-row">
            <div>
              <p id="sp-timer-label" className="sp-timer-label">
                Answer time
              </p>
              <p className="sp-timer" role="timer" aria-labelledby="sp-timer-label">
                {formatClock(stopwatch.elapsedSeconds)}
              </p>
            </div>
            <p className="sp-target">
              Target <strong>{formatClock(targetOf(current.question))}</strong>
              {extraTime > 1 && <span className="muted"> (extra time ×{extraTime})</span>}
            </p>
          </div>
          <PacingBar
            elapsedSeconds={stopwatch.elapsedSeconds}
            targetSeconds={targetOf(current.question)}
            family={current.question.family}
          />
          <div className="sp-timer-actions">
            {stopwatch.running ? (
              <button type="button" className="button button-quiet button-small" onClick={stopwatch.pause}>
                Pause timer
              </button>
            ) : (
              <button type="button" className="button button-quiet button-small" onClick={stopwatch.start}>
                Resume timer
              </button>
            )}
            <button type="button" className="button button-quiet button-small" onClick={() => stopwatch.restart(true)}>
              Restart timer
            </button>
          </div>

          <nav className="sp-nav" aria-label="Questions">
            <button type="button" className="button button-secondary" disabled={index === 0} onClick={() => goTo(index - 1)}>
              ← Previous question
            </button>
            {isLast ? (
              <button type="button" className="button button-primary" onClick={finish}>
                Finish practice
              </button>
            ) : (
              <button type="button" className="button button-primary" onClick={() => goTo(index + 1)}>
                Next question →
              </button>
            )}
          </nav>
        </section>

        <section className="card sp-camera" aria-labelledby="sp-camera-heading">
          <h2 id="sp-camera-heading">Your camera</h2>
          <CameraPanel
            state={camera.state}
            onStart={() => void camera.start()}
            onStop={() => {
              // Keep what was recorded so far: the answer is saved before the camera goes off.
              recorder.stop();
              camera.stop();
            }}
            canRecord={recorder.supported}
          >
            {recorder.supported && (
              <button
                type="button"
                className={recorder.recording ? 'button button-danger sp-record sp-record-on' : 'button button-primary sp-record'}
                disabled={!cameraLive && !recorder.recording}
                onClick={toggleRecording}
              >
                <span className="sp-record-dot" aria-hidden="true" />
                {recorder.recording ? 'Stop recording' : 'Start recording'}
              </button>
            )}
          </CameraPanel>
          <p role="status" className="sp-record-status">
            {recorder.recording
              ? `Recording answer ${questionNumber}…`
              : savedHere
                ? `Saved answer ${questionNumber} (${formatClock(savedHere.seconds)}): watch or download it below.`
                : ''}
          </p>
          {recorder.error && (
            <p role="alert" className="inline-error">
              {recorder.error}
            </p>
          )}
          {recorder.supported && !cameraLive && camera.state.status !== 'failed' && (
            <p className="field-hint">Turn your camera on to record your answers.</p>
          )}
          {recorder.supported && cameraLive && !recorder.recording && (
            <p className="field-hint">Recording restarts the answer timer; stopping it pauses the timer.</p>
          )}
        </section>
      </div>
      <RecordingList recordings={recorder.recordings} onDelete={recorder.remove} />
    </>
  );
}

function PaceBadge({ seconds, target }: { seconds: number; target: number }) {
  const pace = paceFor(seconds, target);
  const className = pace.zone === 'good' ? 'badge badge-accepted' : pace.zone === 'over' ? 'badge badge-pending' : 'badge';
  const text = pace.zone === 'good' ? 'In range' : pace.zone === 'over' ? 'Over target' : 'Short';
  return <span className={className}>{text}</span>;
}
