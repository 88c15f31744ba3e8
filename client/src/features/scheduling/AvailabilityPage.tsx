import type { Availability, Weekday } from '@rounds/shared';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { TextField } from '../../components/fields';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { SubmitButton } from '../../components/SubmitButton';
import { timeZoneLabel } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import {
  WEEKDAYS,
  draftFrom,
  errorsFromServer,
  noDraftErrors,
  requestFrom,
  rowKey,
  validateDraft,
  weekdayName,
  type AvailabilityDraft,
  type DraftErrors,
  type ExceptionRow,
  type RowErrors,
  type WindowRow,
} from './availability-draft';
import { RowInput } from './RowField';
import { useAvailability, useUpdateAvailability } from './scheduling-queries';
import { useToday } from './use-today';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

/** `/availability`: the weekly times a person can practise, dated changes, and (mentors) a weekly cap. */
export function AvailabilityPage() {
  usePageTitle('Availability');
  const user = useSignedInUser();
  const availability = useAvailability(user.timeZone);
  return (
    <>
      <div className="page-header">
        <h1>Your availability</h1>
        <p className="lead">
          When you can take part in mock interviews. Rounds proposes session times only inside these windows, and only when the
          other person is free too.
        </p>
      </div>
      {availability.isPending && <LoadingState label="Loading your availability…" />}
      {availability.isError && <ErrorState error={availability.error} onRetry={() => void availability.refetch()} />}
      {availability.isSuccess && (
        // A zone change starts the form afresh; background refetches do not overwrite edits in progress.
        <AvailabilityForm
          key={availability.data.timeZone}
          availability={availability.data}
          isMentor={user.roles.includes('mentor')}
        />
      )}
    </>
  );
}

interface AvailabilityFormProps {
  availability: Availability;
  isMentor: boolean;
}

function AvailabilityForm({ availability, isMentor }: AvailabilityFormProps) {
  const update = useUpdateAvailability();
  const [draft, setDraft] = useState<AvailabilityDraft>(() => draftFrom(availability));
  const [errors, setErrors] = useState<DraftErrors>(noDraftErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const [saved, setSaved] = useState(false);
  const zone = availability.timeZone;
  const today = useToday(zone);

  function change(next: (current: AvailabilityDraft) => AvailabilityDraft) {
    setSaved(false);
    setDraft(next);
  }

  const updateWindow = (key: string, patch: Partial<WindowRow>) =>
    change((current) => ({ ...current, windows: current.windows.map((w) => (w.key === key ? { ...w, ...patch } : w)) }));
  const removeWindow = (key: string) =>
    change((current) => ({ ...current, windows: current.windows.filter((w) => w.key !== key) }));
  const addWindow = (weekday: Weekday) =>
    change((current) => {
      const sameDay = current.windows.filter((w) => w.weekday === weekday);
      // A sensible next window: after the last one that day, or a usual evening slot.
      const last = sameDay.at(-1);
      const start = last?.end && last.end !== '00:00' && last.end < '22:00' ? last.end : '18:00';
      const end = `${String(Math.min(Number(start.slice(0, 2)) + 2, 23)).padStart(2, '0')}:${start.slice(3)}`;
      return { ...current, windows: [...current.windows, { key: rowKey(), weekday, start, end }] };
    });
  /** Makes every other weekday (Monday–Friday) match this day's windows. */
  const copyToWeekdays = (weekday: Weekday) =>
    change((current) => {
      const source = current.windows.filter((w) => w.weekday === weekday);
      const kept = current.windows.filter((w) => w.weekday > 5 || w.weekday === weekday);
      const copies = WEEKDAYS.filter((day) => day.weekday <= 5 && day.weekday !== weekday).flatMap((day) =>
        source.map((w) => ({ ...w, key: rowKey(), weekday: day.weekday })),
      );
      return { ...current, windows: [...kept, ...copies] };
    });

  const updateException = (key: string, patch: Partial<ExceptionRow>) =>
    change((current) => ({ ...current, exceptions: current.exceptions.map((e) => (e.key === key ? { ...e, ...patch } : e)) }));
  const removeException = (key: string) =>
    change((current) => ({ ...current, exceptions: current.exceptions.filter((e) => e.key !== key) }));
  const addException = (kind: ExceptionRow['kind']) =>
    change((current) => ({
      ...current,
      exceptions: [
        ...current.exceptions,
        { key: rowKey(), kind, date: '', start: kind === 'extra' ? '18:00' : '', end: kind === 'extra' ? '20:00' : '' },
      ],
    }));

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const invalid = validateDraft(draft, isMentor);
    setErrors(invalid ?? noDraftErrors());
    if (invalid) return;
    update.mutate(requestFrom(draft, isMentor), {
      onSuccess: (stored) => {
        // The server's copy, in its order (by weekday and time), so later errors match the rows.
        setDraft(draftFrom(stored));
        setSaved(true);
      },
      onError: (error) => setErrors(errorsFromServer(error, draft)),
    });
  }

  return (
    <form ref={formRef} className="form sch-availability" onSubmit={handleSubmit} noValidate>
      <p className="notice sch-zone-notice">
        Times are in <strong>{timeZoneLabel(zone)}</strong> — change it in <Link to="/profile">your profile</Link>. Other people
        see these times in their own zones.
      </p>
      <FormAlert message={errors.form} />

      <Card
        title="Every week"
        description="Add one or more windows per day. An end of 00:00 (12:00 AM) means midnight, the end of the day."
      >
        <div className="sch-week">
          {WEEKDAYS.map(({ weekday, name }) => {
            const rows = draft.windows.filter((w) => w.weekday === weekday);
            return (
              <div key={weekday} role="group" aria-labelledby={`sch-day-${weekday}`} className="sch-day">
                <h3 id={`sch-day-${weekday}`} className="sch-day-name">
                  {name}
                </h3>
                <div className="sch-day-body">
                  {rows.length === 0 && <p className="sch-day-off">Not available</p>}
                  {rows.map((row, index) => (
                    <TimeRow
                      key={row.key}
                      context={`${name}, window ${index + 1}`}
                      start={row.start}
                      end={row.end}
                      errors={errors.windows[row.key]}
                      onChange={(patch) => updateWindow(row.key, patch)}
                      onRemove={() => removeWindow(row.key)}
                    />
                  ))}
                  <div className="sch-day-actions">
                    <button type="button" className="button button-quiet button-small" onClick={() => addWindow(weekday)}>
                      Add a window<span className="visually-hidden"> on {name}</span>
                    </button>
                    {rows.length > 0 && weekday <= 5 && (
                      <button type="button" className="button button-quiet button-small" onClick={() => copyToWeekdays(weekday)}>
                        Copy to Monday–Friday<span className="visually-hidden"> from {name}</span>
                      </button>
                    )}
                  </div>
                </div>
              </div>
            );
          })}
        </div>
      </Card>

      <Card
        title="Dated changes"
        description="A day off replaces that date’s weekly windows; an extra window adds time on one date (also on a day off)."
      >
        {draft.exceptions.length === 0 && (
          <p className="empty-state">No dated changes: your weekly pattern applies every week.</p>
        )}
        {draft.exceptions.length > 0 && (
          <ul className="sch-exceptions">
            {draft.exceptions.map((row, index) => (
              <ExceptionItem
                key={row.key}
                row={row}
                number={index + 1}
                today={today}
                errors={errors.exceptions[row.key]}
                onChange={(patch) => updateException(row.key, patch)}
                onRemove={() => removeException(row.key)}
              />
            ))}
          </ul>
        )}
        <div className="form-actions">
          <button type="button" className="button button-secondary button-small" onClick={() => addException('blocked')}>
            Add a day off
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => addException('extra')}>
            Add an extra window
          </button>
        </div>
      </Card>

      {isMentor && (
        <Card title="Sessions per week" description="As a mentor you can cap how often candidates book you.">
          <TextField
            label="Weekly capacity"
            type="number"
            inputMode="numeric"
            min={0}
            max={40}
            step={1}
            className="sch-capacity"
            hint="At most this many sessions a week (Monday to Sunday, in your zone). 0 pauses new bookings."
            value={draft.weeklyCapacity}
            onChange={(event) => change((current) => ({ ...current, weeklyCapacity: event.target.value }))}
            error={errors.weeklyCapacity}
          />
        </Card>
      )}

      <div className="form-actions">
        <SubmitButton pending={update.isPending} pendingLabel="Saving…">
          Save availability
        </SubmitButton>
        <StatusMessage message={saved ? 'Your availability is saved.' : null} />
      </div>
    </form>
  );
}

interface TimeRowProps {
  context: string;
  start: string;
  end: string;
  errors: RowErrors | undefined;
  onChange: (patch: { start?: string; end?: string }) => void;
  onRemove: () => void;
}

interface SpanInputsProps {
  context: string;
  start: string;
  end: string;
  errors?: { start?: string; end?: string };
  onChange: (change: { start?: string; end?: string }) => void;
  rowErrorId?: string;
}

/** The "From" and "Until" times of a window, weekly or on one date. */
function SpanInputs({ context, start, end, errors, onChange, rowErrorId }: SpanInputsProps) {
  return (
    <>
      <RowInput
        label="From"
        context={context}
        type="time"
        step={300}
        value={start}
        onChange={(event) => onChange({ start: event.target.value })}
        error={errors?.start}
        rowErrorId={rowErrorId}
      />
      <RowInput
        label="Until"
        context={context}
        type="time"
        step={300}
        value={end}
        onChange={(event) => onChange({ end: event.target.value })}
        error={errors?.end}
        rowErrorId={rowErrorId}
      />
    </>
  );
}

/** From and until of one window, a Remove button, and the row's error (an overlap) under them. */
function TimeRow({ context, start, end, errors, onChange, onRemove }: TimeRowProps) {
  const rowErrorId = useId();
  const rowError = errors?.row;
  return (
    <div className={rowError ? 'sch-time-row sch-row-invalid' : 'sch-time-row'}>
      <div className="sch-time-fields">
        <SpanInputs
          context={context}
          start={start}
          end={end}
          errors={errors}
          onChange={onChange}
          rowErrorId={rowError ? rowErrorId : undefined}
        />
        <button type="button" className="button button-quiet button-small sch-remove" onClick={onRemove}>
          Remove<span className="visually-hidden"> {context}</span>
        </button>
      </div>
      {rowError && (
        <p id={rowErrorId} className="field-error">
          {rowError}
        </p>
      )}
    </div>
  );
}

interface ExceptionItemProps {
  row: ExceptionRow;
  number: number;
  today: string;
  errors: RowErrors | undefined;
  onChange: (patch: Partial<ExceptionRow>) => void;
  onRemove: () => void;
}

function ExceptionItem({ row, number, today, errors, onChange, onRemove }: ExceptionItemProps) {
  const rowErrorId = useId();
  const rowError = errors?.row;
  const what = row.kind === 'blocked' ? 'Day off' : 'Extra window';
  const context = `${what.toLowerCase()} ${number}`;
  const past = row.date !== '' && row.date < today;
  return (
    <li className={rowError ? 'sch-exception sch-row-invalid' : 'sch-exception'}>
      <p className="sch-exception-kind">
        {what}
        {past && <span className="muted"> (past)</span>}
        {row.date && <span className="muted"> · {weekdayName(isoWeekday(row.date))}</span>}
      </p>
      <div className="sch-time-fields">
        <RowInput
          label="Date"
          context={context}
          type="date"
          min={past ? undefined : today}
          value={row.date}
          onChange={(event) => onChange({ date: event.target.value })}
          error={errors?.date}
          rowErrorId={rowError ? rowErrorId : undefined}
        />
        {row.kind === 'extra' && (
          <>
            <SpanInputs
              context={context}
              start={row.start}
              end={row.end}
              errors={errors}
              onChange={onChange}
              rowErrorId={rowError ? rowErrorId : undefined}
            />
          </>
        )}
        <button type="button" className="button button-quiet button-small sch-remove" onClick={onRemove}>
          Remove<span className="visually-hidden"> {context}</span>
        </button>
      </div>
      {rowError && (
        <p id={rowErrorId} className="field-error">
          {rowError}
        </p>
      )}
    </li>
  );
}

/** 1 (Monday) … 7 (Sunday) for a "YYYY-MM-DD" date. */
function isoWeekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}
