import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { fieldErrorSentence } from '../lib/form-errors';

interface FieldFrameProps {
  label: string;
  /** Shown after the label, for fields people may leave empty. */
  optional?: boolean;
  hint?: ReactNode;
  /** The server's (or schema's) message for this field, e.g. "cannot be empty". */
  error?: string;
}

interface FrameOnlyProps {
  /** Read after the label by screen readers only, so repeated rows are told apart: "Monday, window 2". */
  context?: string;
  /** The id of a message outside the field (a row's own error) that also describes the control and marks it invalid. */
  alsoDescribedBy?: string;
  /** Classes added to the frame's own. */
  className?: string;
}

interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** Label, hint and error around one control, wired together with ids for assistive technology. */
export function FieldFrame({
  label,
  optional,
  hint,
  error,
  context,
  alsoDescribedBy,
  className,
  children,
}: FieldFrameProps & FrameOnlyProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null, alsoDescribedBy].filter(Boolean).join(' ');
  const invalid = Boolean(error) || Boolean(alsoDescribedBy);
  return (
    <div className={[error ? 'field field-invalid' : 'field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field-optional"> (optional)</span>}
        {context && <span className="visually-hidden"> ({context})</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': invalid ? true : undefined })}
      {error && (
        <p id={errorId} className="field-error">
          {fieldErrorSentence(label, error)}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = FieldFrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export function TextField({ label, optional, hint, error, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} optional={optional} hint={hint} error={error}>
      {(control) => <input type="text" {...input} {...control} />}
    </FieldFrame>
  );
}

type TextAreaFieldProps = FieldFrameProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextAreaField({ label, optional, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} optional={optional} hint={hint} error={error}>
      {(control) => <textarea rows={4} {...textarea} {...control} />}
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

type SelectFieldProps = FieldFrameProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
    options: readonly SelectOption[];
  };

export function SelectField({ label, optional, hint, error, options, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} optional={optional} hint={hint} error={error}>
      {(control) => (
        <select {...select} {...control}>
          <SelectOptions options={options} />
        </select>
      )}
    </FieldFrame>
  );
}

/** The `<option>`s of a select, one per value, shown by its label. */
export function SelectOptions({ options }: { options: readonly SelectOption[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

interface RadioOption<Value extends string | number> {
  value: Value;
  label: ReactNode;
  /** A line under the label: what choosing it means. */
  description?: ReactNode;
}

interface RadioGroupFieldProps<Value extends string | number> extends Omit<FieldFrameProps, 'optional'> {
  name: string;
  options: readonly RadioOption<Value>[];
  value: Value | undefined;
  onChange: (value: Value) => void;
  required?: boolean;
  /** Extra classes on the fieldset, e.g. a layout for long descriptions. */
  className?: string;
}

/**
 * One choice of several as native radio buttons in a fieldset: the legend names the group, arrow keys move
 * between options, and the hint and error describe the group for assistive technology.
 */
export function RadioGroupField<Value extends string | number>({
  label,
  hint,
  error,
  name,
  options,
  value,
  onChange,
  required,
  className,
}: RadioGroupFieldProps<Value>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['field', 'radio-group', error ? 'field-invalid' : null, className].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        {label}
        {required && <span className="field-optional"> (required)</span>}
      </legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="radio-options">
        {options.map((option) => (
          <label key={option.value} className="radio-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="radio-option-text">
              <span className="radio-option-label">{option.label}</span>
              {option.description && <span className="radio-option-description">{option.description}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {fieldErrorSentence(label, error)}
        </p>
      )}
    </fieldset>
  );
}

interface CheckboxGroupFieldProps<Value extends string> extends Omit<FieldFrameProps, 'optional'> {
  options: readonly { value: Value; label: string }[];
  value: readonly Value[];
  onChange: (value: Value[]) => void;
  required?: boolean;
}

/** Several choices as native checkboxes in a fieldset: the legend names the group, the error describes it. */
export function CheckboxGroupField<Value extends string>({
  label,
  hint,
  error,
  options,
  value,
  onChange,
  required,
}: CheckboxGroupFieldProps<Value>) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={error ? 'field field-invalid checkbox-group' : 'field checkbox-group'}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        {label}
        {required && <span className="field-optional"> (required)</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(option.value)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, option.value] : value.filter((chosen) => chosen !== option.value))
            }
          />
          {option.label}
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {fieldErrorSentence(label, error)}
        </p>
      )}
    </fieldset>
  );
}
