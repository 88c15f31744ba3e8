import { cancelInterviewDayRequestSchema, type InterviewDay } from '@rounds/shared';
import { useRef, useState, type SubmitEvent } from 'react';
import { TextAreaField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { useCancelInterviewDay } from './interview-day-queries';

const FIELDS = ['reason'] as const;

/** A coordinator calls the day off: every session still to run is cancelled, and everyone reads the reason. */
export function CancelDayForm({ day, onDone }: { day: InterviewDay; onDone: (message: string) => void }) {
  const cancel = useCancelInterviewDay(day.id);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<(typeof FIELDS)[number]>>(noFormErrors);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { reason };
    const invalid = validateWithSchema(cancelInterviewDayRequestSchema, body, FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    cancel.mutate(body, {
      onSuccess: () =>
        onDone('The day is cancelled. Everyone taking part is e-mailed your reason, and their calendar entries are removed.'),
      onError: (error) => setErrors(formErrorsFrom(error, FIELDS)),
    });
  }

  return (
    <form ref={form} className="form" onSubmit={handleSubmit} noValidate aria-label="Cancel the day">
      <FormAlert message={errors.form} />
      <TextAreaField
        label="Reason"
        required
        maxLength={500}
        rows={2}
        hint="Sent to every candidate and interviewer of the day."
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.fields.reason}
      />
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={cancel.isPending}>
          {cancel.isPending ? 'Cancelling…' : 'Cancel the day'}
        </button>
      </div>
    </form>
  );
}
