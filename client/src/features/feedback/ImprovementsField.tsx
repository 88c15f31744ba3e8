import { FEEDBACK_IMPROVEMENT_MAX, FEEDBACK_IMPROVEMENTS } from '@rounds/shared';
import { useId } from 'react';
import { TextField } from '../../components/fields';
import { fieldErrorSentence } from '../../lib/form-errors';

interface ImprovementsFieldProps {
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
}

/** One to three concrete things to work on: a line each, added and removed one at a time. */
export function ImprovementsField({ value, onChange, error }: ImprovementsFieldProps) {
  const errorId = useId();
  const items = value.length > 0 ? value : [''];
  const set = (index: number, text: string) => onChange(items.map((item, i) => (i === index ? text : item)));
  return (
    <fieldset
      className={error ? 'field radio-group field-invalid fb-improvements-field' : 'field radio-group fb-improvements-field'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>
        Things to work on{' '}
        <span className="field-optional">
          (required: {FEEDBACK_IMPROVEMENTS.min} to {FEEDBACK_IMPROVEMENTS.max})
        </span>
      </legend>
      <p className="field-hint">Concrete and doable before the next interview, e.g. “Give the result in numbers”.</p>
      {items.map((item, index) => (
        <div key={index} className="fb-improvement-row">
          <TextField
            label={`Improvement ${index + 1}`}
            maxLength={FEEDBACK_IMPROVEMENT_MAX}
            value={item}
            onChange={(event) => set(index, event.target.value)}
          />
          {items.length > 1 && (
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={`Remove improvement ${index + 1}`}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          )}
        </div>
      ))}
      {items.length < FEEDBACK_IMPROVEMENTS.max && (
        <p>
          <button type="button" className="button button-secondary button-small" onClick={() => onChange([...items, ''])}>
            Add another
          </button>
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {fieldErrorSentence('Things to work on', error)}
        </p>
      )}
    </fieldset>
  );
}
