import {
  PERSONA_LABELS,
  QUESTION_FAMILIES,
  QUESTION_FAMILY_LABELS,
  SCRIPT_SECTION_LABELS,
  SECTION_FAMILIES,
  TRACK_LABELS,
  type Persona,
  type QuestionView,
  type ScriptSection,
  type Track,
} from '@rounds/shared';
import { useId, useState, type KeyboardEvent } from 'react';
import { SelectField, TextField } from '../../components/fields';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { formatDuration, questionsText } from '../../lib/format-time';
import { oneOf } from '../../lib/one-of';
import { familyOptions } from '../questions/question-options';
import { useQuestions } from '../questions/question-queries';
import { sectionPhrase } from './script-draft';

interface QuestionPickerProps {
  id: string;
  section: ScriptSection;
  track: Track;
  persona: Persona;
  /** Where each question already in the script sits. */
  placement: (questionId: string) => ScriptSection | undefined;
  /** Whether the section holds as many questions as it may. */
  full: boolean;
  onAdd: (question: QuestionView) => void;
  /** Says something in the builder's live region. */
  announce: (message: string) => void;
  onClose: () => void;
}

/** Search the bank for the script's track and add questions to one section; questions suited to it come first. */
export function QuestionPicker({ id, section, track, persona, placement, full, onAdd, announce, onClose }: QuestionPickerProps) {
  const questions = useQuestions({ track });
  const [text, setText] = useState('');
  const [family, setFamily] = useState('');
  const [personaOnly, setPersonaOnly] = useState(true);
  const headingId = useId();
  const sectionLabel = SCRIPT_SECTION_LABELS[section];
  const sectionName = sectionPhrase(section);

  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const chosenFamily = oneOf(QUESTION_FAMILIES, family);
  const matches = (questions.data ?? []).filter((question) => {
    if (chosenFamily && question.family !== chosenFamily) return false;
    if (personaOnly && question.view === 'interviewer' && !question.personas.includes(persona)) return false;
    const haystack = question.view === 'interviewer' ? `${question.prompt} ${question.assesses}` : question.prompt;
    return words.every((word) => haystack.toLowerCase().includes(word));
  });
  const suited = SECTION_FAMILIES[section];
  const suggested = chosenFamily ? [] : matches.filter((question) => suited.includes(question.family));
  const others = chosenFamily ? matches : matches.filter((question) => !suited.includes(question.family));

  function add(question: QuestionView) {
    const where = placement(question.id);
    if (where) {
      announce(`Already in ${sectionPhrase(where)}: a question is asked once per script.`);
      return;
    }
    if (full) {
      announce(`${sectionLabel} already has as many questions as a section may hold.`);
      return;
    }
    onAdd(question);
  }

  /** Enter in the search box searches (it already does, as you type); it must not submit the script. */
  function keepEnterInSearch(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') event.preventDefault();
  }

  function renderList(list: QuestionView[]) {
    return (
      <ul className="sb-picker-list">
        {list.map((question) => {
          const where = placement(question.id);
          const unavailable = where !== undefined || full;
          // The accessible name starts with the visible text ("Added", "In Opening", "Add"), so speech input finds it.
          const status = where === section ? 'Added' : where ? `In ${sectionPhrase(where)}` : 'Add';
          return (
            <li key={question.id} className="sb-picker-item">
              <div>
                <p className="sb-picker-prompt">{question.prompt}</p>
                <p className="sb-question-meta">
                  {QUESTION_FAMILY_LABELS[question.family]} · Target answer {formatDuration(question.targetSeconds)}
                </p>
              </div>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-disabled={unavailable || undefined}
                aria-label={`${status}: ${question.prompt}`}
                onClick={() => add(question)}
              >
                {status}
              </button>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <div id={id} className="sb-picker" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="sb-picker-heading">
        Add questions to {sectionName}
      </h4>
      <div className="sb-picker-filters">
        <TextField
          type="search"
          label="Search the bank"
          hint={`${TRACK_LABELS[track]} questions.`}
          autoComplete="off"
          // The person just asked for the picker: put them in its search.
          autoFocus
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={keepEnterInSearch}
        />
        <SelectField
          label="Family"
          options={familyOptions('All families')}
          value={family}
          onChange={(event) => setFamily(event.target.value)}
        />
      </div>
      <label className="qb-toggle">
        <input type="checkbox" checked={personaOnly} onChange={(event) => setPersonaOnly(event.target.checked)} />
        Only questions for this interviewer ({PERSONA_LABELS[persona]})
      </label>
      <p role="status" className="sb-picker-count">
        {questions.isSuccess && `${questionsText(matches.length)} found`}
      </p>
      {questions.isPending && <LoadingState label="Loading the bank…" />}
      {questions.isError && <ErrorState error={questions.error} onRetry={() => void questions.refetch()} />}
      {questions.isSuccess && (
        <div className="sb-picker-results">
          {suggested.length > 0 && (
            <>
              <h5 className="sb-picker-subheading">Suggested for {sectionName}</h5>
              {renderList(suggested)}
            </>
          )}
          {others.length > 0 && (
            <>
              <h5 className="sb-picker-subheading">{suggested.length > 0 ? 'Other questions' : 'Questions'}</h5>
              {renderList(others)}
            </>
          )}
          {matches.length === 0 && <p className="empty-state">No questions match. Try other words or all families.</p>}
        </div>
      )}
      <button type="button" className="button button-quiet" onClick={onClose}>
        Done adding to {sectionName}
      </button>
    </div>
  );
}
