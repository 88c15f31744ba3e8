import { SCRIPT_SECTION_LABELS, TRACK_LABELS, type Persona, type ScriptSection, type Track } from '@rounds/shared';
import type { Dispatch } from 'react';
import { TextField } from '../../components/fields';
import { fieldErrorSentence } from '../../lib/form-errors';
import { formatDuration, minutesText } from '../../lib/format-time';
import { QuestionPicker } from './QuestionPicker';
import {
  MAX_SECTION_QUESTIONS,
  parseMinutes,
  sectionPhrase,
  toDraftQuestion,
  type DraftAction,
  type DraftSection,
} from './script-draft';
import type { SectionErrors } from './script-form-errors';

/** Ids of the controls focus moves between while questions are added, moved and removed. */
const controlIds = {
  add: (section: ScriptSection) => `sb-${section}-add`,
  move: (section: ScriptSection, questionId: string, direction: 'up' | 'down') => `sb-${section}-${questionId}-${direction}`,
  remove: (section: ScriptSection, questionId: string) => `sb-${section}-${questionId}-remove`,
};

interface SectionEditorProps {
  section: ScriptSection;
  plan: DraftSection;
  track: Track;
  persona: Persona;
  errors: SectionErrors | undefined;
  /** Save errors by question id. */
  questionErrors: Record<string, string>;
  pickerOpen: boolean;
  onPickerOpenChange: (open: boolean) => void;
  placement: (questionId: string) => ScriptSection | undefined;
  dispatch: Dispatch<DraftAction>;
  announce: (message: string) => void;
  /** Asks the builder to focus a control once the change has rendered (the first id that can take focus). */
  focusSoon: (...ids: string[]) => void;
}

/** One section of the script: on or off, its time budget and its questions in order. */
export function SectionEditor(props: SectionEditorProps) {
  const {
    section,
    plan,
    track,
    persona,
    errors,
    questionErrors,
    pickerOpen,
    onPickerOpenChange,
    placement,
    dispatch,
    announce,
    focusSoon,
  } = props;
  const label = SCRIPT_SECTION_LABELS[section];
  const headingId = `sb-${section}-heading`;
  const pickerId = `sb-${section}-picker`;
  const count = plan.questions.length;

  function move(from: number, to: number) {
    const question = plan.questions[from];
    dispatch({ type: 'move', section, from, to });
    const direction = to < from ? 'up' : 'down';
    const other = direction === 'up' ? 'down' : 'up';
    focusSoon(controlIds.move(section, question.id, direction), controlIds.move(section, question.id, other));
    announce(`Moved to position ${to + 1} of ${count} in ${sectionPhrase(section)}.`);
  }

  function remove(index: number) {
    const question = plan.questions[index];
    const neighbour = plan.questions[index + 1] ?? plan.questions[index - 1];
    dispatch({ type: 'remove', section, questionId: question.id });
    focusSoon(...(neighbour ? [controlIds.remove(section, neighbour.id)] : []), controlIds.add(section));
    announce(`Removed from ${sectionPhrase(section)}: ${question.prompt}`);
  }

  return (
    <section className={plan.enabled ? 'sb-section' : 'sb-section sb-section-off'} aria-labelledby={headingId}>
      <div className="sb-section-head">
        <h3 id={headingId}>{label}</h3>
        <label className="sb-switch">
          <input
            type="checkbox"
            checked={plan.enabled}
            onChange={(event) => {
              dispatch({ type: 'toggle', section, enabled: event.target.checked });
              if (!event.target.checked && pickerOpen) onPickerOpenChange(false);
            }}
          />
          Include<span className="visually-hidden"> {sectionPhrase(section)}</span>
        </label>
      </div>

      {!plan.enabled && (
        <p className="muted sb-section-note">
          Not in this script.
          {count > 0 && ` Its ${count === 1 ? 'question is' : `${count} questions are`} kept: include it to use them.`}
        </p>
      )}

      {plan.enabled && (
        <>
          <div className="sb-section-row">
            <div className="sb-minutes">
              <TextField
                type="number"
                inputMode="numeric"
                label={`Minutes for ${sectionPhrase(section)}`}
                min={1}
                max={60}
                step={1}
                required
                value={plan.minutes}
                onChange={(event) => dispatch({ type: 'minutes', section, minutes: event.target.value })}
                error={errors?.minutes}
              />
            </div>
            <AnswerTime plan={plan} />
          </div>

          {count === 0 ? (
            <p className="muted sb-section-note">
              {section === 'candidate_questions'
                ? 'No set questions: the candidate asks theirs. Add prompts if you want the interviewer to have some ready.'
                : 'No questions yet.'}
            </p>
          ) : (
            <ol className="sb-questions" aria-label={`Questions in ${sectionPhrase(section)}`}>
              {plan.questions.map((question, index) => {
                const error = questionErrors[question.id];
                return (
                  <li key={question.id} className={error ? 'sb-question sb-question-invalid' : 'sb-question'}>
                    <div className="sb-question-text">
                      <p className="sb-question-prompt">{question.prompt}</p>
                      <p className="sb-question-meta">
                        Target answer {formatDuration(question.targetSeconds)}
                        {!question.tracks.includes(track) && (
                          <span className="badge badge-pending">Not written for {TRACK_LABELS[track].toLowerCase()}s</span>
                        )}
                      </p>
                      {error && <p className="field-error">{fieldErrorSentence('This question', error)}</p>}
                    </div>
                    <div className="sb-question-actions">
                      <button
                        type="button"
                        id={controlIds.move(section, question.id, 'up')}
                        className="button button-quiet button-small"
                        aria-label={`Move up: ${question.prompt}`}
                        disabled={index === 0}
                        onClick={() => move(index, index - 1)}
                      >
                        <span aria-hidden="true">↑</span> Up
                      </button>
                      <button
                        type="button"
                        id={controlIds.move(section, question.id, 'down')}
                        className="button button-quiet button-small"
                        aria-label={`Move down: ${question.prompt}`}
                        disabled={index === count - 1}
                        onClick={() => move(index, index + 1)}
                      >
                        <span aria-hidden="true">↓</span> Down
                      </button>
                      <button
                        type="button"
                        id={controlIds.remove(section, question.id)}
                        className="button button-danger button-small"
                        aria-label={`Remove: ${question.prompt}`}
                        onClick={() => remove(index)}
                      >
                        Remove
                      </button>
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
          {errors?.questions && (
            <p className="field-error">{fieldErrorSentence(`The questions of ${sectionPhrase(section)}`, errors.questions)}</p>
          )}

          <button
            type="button"
            id={controlIds.add(section)}
            className="button button-secondary button-small"
            aria-expanded={pickerOpen}
            aria-controls={pickerOpen ? pickerId : undefined}
            onClick={() => onPickerOpenChange(!pickerOpen)}
          >
            Add questions to {sectionPhrase(section)}
          </button>
          {count >= MAX_SECTION_QUESTIONS && (
            <p className="field-hint">A section holds at most {MAX_SECTION_QUESTIONS} questions.</p>
          )}
          {pickerOpen && (
            <QuestionPicker
              id={pickerId}
              section={section}
              track={track}
              persona={persona}
              placement={placement}
              full={count >= MAX_SECTION_QUESTIONS}
              announce={announce}
              onAdd={(question) => {
                dispatch({ type: 'add', section, question: toDraftQuestion(question) });
                announce(
                  `Added to ${sectionPhrase(section)} (${count + 1} of at most ${MAX_SECTION_QUESTIONS}): ${question.prompt}`,
                );
              }}
              onClose={() => {
                onPickerOpenChange(false);
                focusSoon(controlIds.add(section));
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

/** How long the section's answers alone take at their targets, against its budget. */
function AnswerTime({ plan }: { plan: DraftSection }) {
  const answerSeconds = plan.questions.reduce((sum, question) => sum + question.targetSeconds, 0);
  const minutes = parseMinutes(plan.minutes);
  if (answerSeconds === 0) return null;
  const tight = Number.isFinite(minutes) && answerSeconds > minutes * 60;
  return (
    <p className={tight ? 'sb-answer-time sb-answer-time-tight' : 'sb-answer-time'}>
      Answers at their target take {formatDuration(answerSeconds)}
      {tight && Number.isFinite(minutes) && `: more than the ${minutesText(minutes)} budgeted, before any follow-up probes`}
      {!tight && ', leaving time for follow-up probes'}.
    </p>
  );
}
