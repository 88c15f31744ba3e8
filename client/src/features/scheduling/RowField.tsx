import type { InputHTMLAttributes, SelectHTMLAttributes } from 'react';
import { FieldFrame, SelectOptions } from '../../components/fields';

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
 * A compact labelled input for one row of a repeated list (a time window, a participant): the house
 * field frame, with a label that names its row for screen readers.
 */
export function RowInput({ label, context, error, rowErrorId, className, ...input }: RowInputProps) {
  return (
    <FieldFrame label={label} context={context} error={error} alsoDescribedBy={rowErrorId} className={rowFieldClass(className)}>
      {(control) => <input {...input} {...control} />}
    </FieldFrame>
  );
}

type RowSelectProps = RowFieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
    options: readonly { value: string; label: string }[];
  };

export function RowSelect({ label, context, error, rowErrorId, className, options, ...select }: RowSelectProps) {
  return (
    <FieldFrame label={label} context={context} error={error} alsoDescribedBy={rowErrorId} className={rowFieldClass(className)}>
      {(control) => (
        <select {...select} {...control}>
          <SelectOptions options={options} />
        </select>
      )}
    </FieldFrame>
  );
}

function rowFieldClass(className: string | undefined): string {
  return ['sch-row-field', className].filter(Boolean).join(' ');
}
