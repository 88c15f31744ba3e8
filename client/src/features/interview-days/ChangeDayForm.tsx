import { INTERVIEW_DAY_RULES, updateInterviewDayRequestSchema, zoneName, type InterviewDay } from '@rounds/shared';
import { useRef, useState, type SubmitEvent } from 'react';
import { TextAreaField, TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { dayChangeRequest, dayChangeDraftOf, type DayChangeDraft } from './day-change';
import { useUpdateInterviewDay } from './interview-day-queries';

const FIELDS = ['title', 'date', 'startTime', 'gapMinutes', 'reason'] as const;
type Field = (typeof FIELDS)[number];

/**
 * A coordinator renames the day or its stations, or moves it (before it starts). Only what changed is sent; a
 * move needs a reason, which everyone in the day reads in their notice.
 */
export function ChangeDayForm({
  day,
  started,
  onDone,
}: {
  day: InterviewDay;
  /** Once its rooms can open only names change: the rooms keep the day's clock. */
  started: boolean;
  onDone: (message: string) => void;
}) {
  const update = useUpdateInterviewDay(day.id);
  const [draft, setDraft] = useState<DayChangeDraft>(() => dayChangeDraftOf(day));
  const [errors, setErrors] = useState<FormErrors<Field>>(noFormErrors);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  const set = (patch: Partial<DayChangeDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const setStation = (stationId: string, patch: Partial<DayChangeDraft['stations'][number]>) =>
    set({ stations: draft.stations.map((s) => (s.stationId === stationId ? { ...s, ...patch } : s)) });

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const { body, moves } = dayChangeRequest(day, draft);
    const invalid = validateWithSchema(updateInterviewDayRequestSchema, body, FIELDS);
    if (invalid) return setErrors(invalid);
    if (moves && !body.reason) {
      return setErrors({
        fields: { reason: 'is required when the day moves: say why, for its people' },
        form: null,
      });
    }
    setErrors(noFormErrors());
    update.mutate(body, {
      onSuccess: () =>
        onDone(
          moves
            ? 'The day is moved. Everyone taking part is e-mailed the new times, and their calendar entries are updated.'
            : 'The day is renamed. Everyone taking part is e-mailed, and their calendar entries are updated.',
        ),
      onError: (error) => setErrors(formErrorsFrom(error, FIELDS, { stations: 'Stations' })),
    });
  }

  return (
    <form ref={form} className="form" onSubmit={handleSubmit} noValidate aria-label="Change the day">
      <FormAlert message={errors.form} />
      <TextField
        label="Title"
        maxLength={120}
        value={draft.title}
        onChange={(event) => set({ title: event.target.value })}
        error={errors.fields.title}
      />
      {!started && (
        <div className="field-row">
          <TextField
            label="Date"
            type="date"
            required
            value={draft.date}
            onChange={(event) => set({ date: event.target.value })}
            error={errors.fields.date}
          />
          <TextField
            label="Start time"
            type="time"
            required
            step={300}
            hint={`In the day's zone, ${zoneName(day.timeZone)}.`}
            value={draft.startTime}
            onChange={(event) => set({ startTime: event.target.value })}
            error={errors.fields.startTime}
          />
          <TextField
            label="Gap between rotations"
            type="number"
            min={0}
            max={INTERVIEW_DAY_RULES.gapMinutes.max}
            hint="Minutes."
            value={draft.gapMinutes}
            onChange={(event) => set({ gapMinutes: event.target.value })}
            error={errors.fields.gapMinutes}
          />
        </div>
      )}
      <fieldset className="sch-fieldset">
        <legend>Stations</legend>
        {draft.stations.map((station, index) => (
          <div className="field-row" key={station.stationId}>
            <TextField
              label={`Station ${index + 1} name`}
              maxLength={80}
              value={station.name}
              onChange={(event) => setStation(station.stationId, { name: event.target.value })}
            />
            {!started && (
              <TextField
                label={`Station ${index + 1} minutes`}
                type="number"
                min={INTERVIEW_DAY_RULES.stationMinutes.min}
                max={INTERVIEW_DAY_RULES.stationMinutes.max}
                value={station.minutes}
                onChange={(event) => setStation(station.stationId, { minutes: event.target.value })}
              />
            )}
          </div>
        ))}
      </fieldset>
      {!started && (
        <TextAreaField
          label="Reason"
          maxLength={500}
          rows={2}
          hint="Needed when the day moves: everyone taking part reads it in their notice."
          value={draft.reason}
          onChange={(event) => set({ reason: event.target.value })}
          error={errors.fields.reason}
        />
      )}
      <div className="form-actions">
        <SubmitButton pending={update.isPending} pendingLabel="Saving and telling everyone…">
          Save changes
        </SubmitButton>
      </div>
    </form>
  );
}
