import { SelectField, TextField } from '../../components/fields';

interface SessionTimeFieldsProps {
  /** "New " when moving a session, "" when creating one. */
  labelPrefix?: string;
  date: string;
  time: string;
  duration: string;
  durations: readonly number[];
  /** Earliest date offered (today, in the person's zone). */
  minDate: string;
  timeHint?: string;
  errors: { date?: string; time?: string; durationMinutes?: string };
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  onDuration: (value: string) => void;
}

/** Date, start time (on the person's own clock) and length of a session, in one row. */
export function SessionTimeFields({
  labelPrefix = '',
  date,
  time,
  duration,
  durations,
  minDate,
  timeHint,
  errors,
  onDate,
  onTime,
  onDuration,
}: SessionTimeFieldsProps) {
  const label = (text: string) => (labelPrefix ? `${labelPrefix}${text.toLowerCase()}` : text);
  return (
    <div className="field-row">
      <TextField
        label={label('Date')}
        type="date"
        required
        min={minDate}
        value={date}
        onChange={(event) => onDate(event.target.value)}
        error={errors.date}
      />
      <TextField
        label={label('Start time')}
        type="time"
        required
        step={300}
        hint={timeHint}
        value={time}
        onChange={(event) => onTime(event.target.value)}
        error={errors.time}
      />
      <SelectField
        label="Length"
        options={durations.map((minutes) => ({ value: String(minutes), label: `${minutes} minutes` }))}
        value={duration}
        onChange={(event) => onDuration(event.target.value)}
        error={errors.durationMinutes}
      />
    </div>
  );
}
