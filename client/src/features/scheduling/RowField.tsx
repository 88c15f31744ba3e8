import { useId, type InputHTMLAttributes, type SelectHTMLAttributes } from 'react';
import { fieldErrorSentence } from '../../lib/form-errors';

interface RowFieldFrame {
  /** The short visible label, e.g. "From". */
  label: string;
  /** Read after the label by screen readers, so repeated rows are told apart: "Monday, window 2". */
  context?: string;
  /** The message for this field ("is required"), shown as a sentence under it. */
  error?: string;
  /** The id of the row's own error (e.g. an overlap), when it has one: it describes this control too and marks it invalid. */
  rowErrorId?: string;
  className?: string;
}

type RowInputProps = RowFieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

/**
 * A compact labelled input for one row of a repeated list (a time window, a participant). Like the
 * house fields, its error sits under it and is tied to it with aria-describedby and aria-invalid.
 */
export function RowInput({ label, context, error, rowErrorId, className, ...input }: RowInputProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = Boolean(error) || Boolean(rowErrorId);
  return (
    <div className={[error ? 'field field-invalid' : 'field', 'sch-row-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {context && <span className="visually-hidden"> ({context})</span>}
      </label>
      <input
        {...input}
        id={id}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[error ? errorId : null, rowErrorId].filter(Boolean).join(' ') || undefined}
      />
      {error && (
        <p id={errorId} className="field-error">
          {fieldErrorSentence(label, error)}
        </p>
      )}
    </div>
  );
}

type RowSelectProps = RowFieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
    options: readonly { value: string; label: string }[];
  };

export function RowSelect({ label, context, error, rowErrorId, className, options, ...select }: RowSelectProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={[error ? 'field field-invalid' : 'field', 'sch-row-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {context && <span className="visually-hidden"> ({context})</span>}
      </label>
      <select
        {...select}
        id={id}
        aria-invalid={error || rowErrorId ? true : undefined}
        aria-describedby={[error ? errorId : null, rowErrorId].filter(Boolean).join(' ') || undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field-error">
          {fieldErrorSentence(label, error)}
        </p>
      )}
    </div>
  );
}
