import { RUBRIC, SCORE_LEVELS, type Competency } from '@rounds/shared';
import { useId, useState } from 'react';
import { fieldErrorSentence } from '../../lib/form-errors';
import { NOT_OBSERVED, type CompetencyAnswer } from './ScoreField';

interface CompetencyGridProps {
  competencies: readonly Competency[];
  answers: Partial<Record<Competency, CompetencyAnswer>>;
  onChange: (competency: Competency, answer: CompetencyAnswer) => void;
  required: boolean;
  /** The message for a competency's row, by competency. */
  errorOf: (competency: Competency) => string | undefined;
}

const NOT_OBSERVED_ANCHOR = 'The session gave no chance to see this; it is not scored.';

/**
 * Competencies × levels 1–5 (and "not observed") in one compact grid: each row a radio group that arrow keys move
 * along. What a level means shows under the row while a level is pointed at or focused, and otherwise for the
 * level chosen; screen readers hear it with the level.
 */
export function CompetencyGrid({ competencies, answers, onChange, required, errorOf }: CompetencyGridProps) {
  return (
    <div className="fb-grid">
      <div className="fb-grid-head" aria-hidden="true">
        <span>Competency</span>
        {SCORE_LEVELS.map((level) => (
          <span key={level}>{level}</span>
        ))}
        <span>Not observed</span>
      </div>
      {competencies.map((competency) => (
        <CompetencyRow
          key={competency}
          competency={competency}
          value={answers[competency]}
          onChange={(answer) => onChange(competency, answer)}
          required={required}
          error={errorOf(competency)}
        />
      ))}
    </div>
  );
}

interface CompetencyRowProps {
  competency: Competency;
  value: CompetencyAnswer | undefined;
  onChange: (answer: CompetencyAnswer) => void;
  required: boolean;
  error: string | undefined;
}

function CompetencyRow({ competency, value, onChange, required, error }: CompetencyRowProps) {
  const id = useId();
  const rubric = RUBRIC[competency];
  const [pointed, setPointed] = useState<CompetencyAnswer | null>(null);
  const shown = pointed ?? value ?? null;
  const anchorOf = (answer: CompetencyAnswer) => (answer === NOT_OBSERVED ? NOT_OBSERVED_ANCHOR : rubric.levels[answer]);
  const options: CompetencyAnswer[] = [...SCORE_LEVELS, NOT_OBSERVED];
  const describedBy = [error ? `${id}-error` : null, `${id}-anchor`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'fb-grid-row field-invalid' : 'fb-grid-row'}>
      <div
        role="radiogroup"
        className="fb-grid-choices"
        aria-labelledby={`${id}-name`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onMouseLeave={() => setPointed(null)}
      >
        <span id={`${id}-name`} className="fb-grid-competency">
          {rubric.label}
          {required && <span className="field-optional"> (required)</span>}
        </span>
        {options.map((answer) => (
          <label
            key={answer}
            className={answer === NOT_OBSERVED ? 'fb-grid-cell fb-grid-cell-none' : 'fb-grid-cell'}
            onMouseEnter={() => setPointed(answer)}
          >
            <input
              type="radio"
              name={`score-${competency}`}
              value={answer}
              checked={value === answer}
              onChange={() => onChange(answer)}
              onFocus={() => setPointed(answer)}
              onBlur={() => setPointed(null)}
            />
            <span className="fb-grid-level" aria-hidden="true">
              {answer === NOT_OBSERVED ? 'n/o' : answer}
            </span>
            <span className="visually-hidden">
              {answer === NOT_OBSERVED ? 'Not observed' : `Level ${answer}`}: {anchorOf(answer)}
            </span>
          </label>
        ))}
      </div>
      <p id={`${id}-anchor`} className="fb-grid-anchor">
        {shown === null ? (
          rubric.focus
        ) : (
          <>
            <strong>{shown === NOT_OBSERVED ? 'Not observed' : `${shown} of 5`}:</strong> {anchorOf(shown)}
          </>
        )}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {fieldErrorSentence(rubric.label, error)}
        </p>
      )}
    </div>
  );
}
