import {
  fieldLabel,
  minutesOfDay,
  updateAvailabilityRequestSchema,
  type Availability,
  type UpdateAvailabilityRequest,
  type Weekday,
} from '@rounds/shared';
import { ApiError } from '../../lib/api';
import { CHECK_FIELDS_MESSAGE, fieldErrorSentence } from '../../lib/form-errors';

/**
 * The availability editor's working copy. Rows keep their order from the server (and new ones are
 * appended), and the request lists them in that same order, so a server error about `windows.3`
 * lands on the fourth row of this list whichever weekday it shows under.
 */

export const WEEKDAYS: readonly { weekday: Weekday; name: string }[] = [
  { weekday: 1, name: 'Monday' },
  { weekday: 2, name: 'Tuesday' },
  { weekday: 3, name: 'Wednesday' },
  { weekday: 4, name: 'Thursday' },
  { weekday: 5, name: 'Friday' },
  { weekday: 6, name: 'Saturday' },
  { weekday: 7, name: 'Sunday' },
];

export function weekdayName(weekday: number): string {
  return WEEKDAYS.find((day) => day.weekday === weekday)?.name ?? `Day ${weekday}`;
}

export interface WindowRow {
  key: string;
  weekday: Weekday;
  /** "HH:MM" as the time input holds it ("" while empty). */
  start: string;
  /** "HH:MM"; "00:00" stands for midnight at the end of the day (a time input cannot show 24:00). */
  end: string;
}

export interface ExceptionRow {
  key: string;
  kind: 'blocked' | 'extra';
  date: string;
  start: string;
  end: string;
}

export interface AvailabilityDraft {
  windows: WindowRow[];
  exceptions: ExceptionRow[];
  /** As typed in the number input. */
  weeklyCapacity: string;
}

/** What to show on one row: a message per field and one for the row as a whole (e.g. an overlap). */
export interface RowErrors {
  start?: string;
  end?: string;
  date?: string;
  row?: string;
}

export interface DraftErrors {
  windows: Record<string, RowErrors>;
  exceptions: Record<string, RowErrors>;
  weeklyCapacity?: string;
  form: string | null;
}

export function noDraftErrors(): DraftErrors {
  return { windows: {}, exceptions: {}, form: null };
}

let nextKey = 0;
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

const toInput = (time: string | undefined) => (time === '24:00' ? '00:00' : (time ?? ''));
/** An end of 00:00 can only mean the midnight that ends the day: the server spells it 24:00. */
const endToRequest = (time: string) => (time === '00:00' ? '24:00' : time);

export function draftFrom(availability: Availability): AvailabilityDraft {
  return {
    windows: availability.windows.map((window) => ({
      key: rowKey(),
      weekday: window.weekday as Weekday,
      start: window.start,
      end: toInput(window.end),
    })),
    exceptions: availability.exceptions.map((exception) => ({
      key: rowKey(),
      kind: exception.kind,
      date: exception.date,
      start: toInput(exception.start),
      end: toInput(exception.end),
    })),
    weeklyCapacity: String(availability.weeklyCapacity),
  };
}

export function requestFrom(draft: AvailabilityDraft, includeCapacity: boolean): UpdateAvailabilityRequest {
  return {
    windows: draft.windows.map((window) => ({ weekday: window.weekday, start: window.start, end: endToRequest(window.end) })),
    exceptions: draft.exceptions.map((exception) =>
      exception.kind === 'blocked'
        ? { kind: 'blocked' as const, date: exception.date }
        : { kind: 'extra' as const, date: exception.date, start: exception.start, end: endToRequest(exception.end) },
    ),
    ...(includeCapacity ? { weeklyCapacity: capacityValue(draft.weeklyCapacity) } : {}),
  };
}

/** The typed capacity as a number; NaN (which the schema refuses) when it is not one. */
function capacityValue(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** "12:00–16:00", with midnight at the end written as 24:00. */
export function spanText(start: string, end: string): string {
  return `${start}–${endToRequest(end)}`;
}

interface Span {
  start: number;
  end: number;
}

function spanOf(row: { start: string; end: string }): Span | null {
  if (!row.start || !row.end) return null;
  const span = { start: minutesOfDay(row.start), end: minutesOfDay(endToRequest(row.end)) };
  return span.end > span.start ? span : null;
}

function timeErrors(row: { start: string; end: string }): RowErrors {
  const errors: RowErrors = {};
  if (!row.start) errors.start = 'is required';
  if (!row.end) errors.end = 'is required';
  if (row.start && row.end && !spanOf(row)) errors.end = 'must be after the start (00:00 means midnight, the end of the day)';
  return errors;
}

/**
 * Checks the draft before saving, in words that name the rows (the shared schema, run after,
 * catches anything else the server would refuse). Null when the draft can be sent.
 */
export function validateDraft(draft: AvailabilityDraft, includeCapacity: boolean): DraftErrors | null {
  const errors = noDraftErrors();
  let found = false;
  const put = (bucket: Record<string, RowErrors>, key: string, more: RowErrors) => {
    if (Object.keys(more).length === 0) return;
    bucket[key] = { ...more, ...bucket[key] };
    found = true;
  };

  draft.windows.forEach((window, index) => {
    put(errors.windows, window.key, timeErrors(window));
    const span = spanOf(window);
    if (!span) return;
    const earlier = draft.windows.slice(0, index).find((other) => {
      const otherSpan = other.weekday === window.weekday ? spanOf(other) : null;
      return otherSpan !== null && otherSpan.start < span.end && span.start < otherSpan.end;
    });
    if (earlier)
      put(errors.windows, window.key, {
        row: `Overlaps ${spanText(earlier.start, earlier.end)} on ${weekdayName(window.weekday)}: join them into one window or change the times.`,
      });
  });

  draft.exceptions.forEach((exception, index) => {
    put(errors.exceptions, exception.key, exception.date ? {} : { date: 'is required' });
    if (exception.kind === 'blocked') {
      const twice = draft.exceptions
        .slice(0, index)
        .some((other) => other.kind === 'blocked' && other.date && other.date === exception.date);
      if (twice) put(errors.exceptions, exception.key, { row: 'This day is already marked as a day off.' });
      return;
    }
    put(errors.exceptions, exception.key, timeErrors(exception));
    const span = spanOf(exception);
    if (!span || !exception.date) return;
    const earlier = draft.exceptions.slice(0, index).find((other) => {
      const otherSpan = other.kind === 'extra' && other.date === exception.date ? spanOf(other) : null;
      return otherSpan !== null && otherSpan.start < span.end && span.start < otherSpan.end;
    });
    if (earlier)
      put(errors.exceptions, exception.key, {
        row: `Overlaps the extra window ${spanText(earlier.start, earlier.end)} on the same date.`,
      });
  });

  if (includeCapacity) {
    const capacity = capacityValue(draft.weeklyCapacity);
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > 40) {
      errors.weeklyCapacity = 'must be a whole number from 0 to 40';
      found = true;
    }
  }

  if (found) return { ...errors, form: CHECK_FIELDS_MESSAGE };
  // Anything the checks above missed, in the shared schema's words.
  const result = updateAvailabilityRequestSchema.safeParse(requestFrom(draft, includeCapacity));
  if (result.success) return null;
  const elsewhere: string[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    if (!placeFieldError(errors, draft, path, issue.message)) elsewhere.push(sentenceFor(path.join('.'), issue.message));
  }
  return { ...errors, form: elsewhere.length > 0 ? elsewhere.join(' ') : CHECK_FIELDS_MESSAGE };
}

const LIST_LABELS: Partial<Record<string, string>> = {
  windows: 'The weekly pattern',
  exceptions: 'The list of dated changes',
  '(body)': 'Your availability',
};

function sentenceFor(field: string, message: string): string {
  return fieldErrorSentence(LIST_LABELS[field] ?? fieldLabel(field), message);
}

/** A failed save: field errors go to their rows, everything else to the form alert. */
export function errorsFromServer(error: unknown, draft: AvailabilityDraft): DraftErrors {
  const errors = noDraftErrors();
  if (!(error instanceof ApiError)) {
    errors.form = 'Something unexpected went wrong. Please try again.';
    return errors;
  }
  if (!error.hasFieldErrors) {
    errors.form = error.detail;
    return errors;
  }
  const elsewhere: string[] = [];
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (!placeFieldError(errors, draft, field.split('.'), message)) elsewhere.push(sentenceFor(field, message));
  }
  errors.form = elsewhere.length > 0 ? elsewhere.join(' ') : CHECK_FIELDS_MESSAGE;
  return errors;
}

/**
 * Puts one message for a path such as ["windows", "1", "end"] or ["exceptions", "2"] on its row.
 * Returns false when the path names nothing this form shows.
 */
function placeFieldError(errors: DraftErrors, draft: AvailabilityDraft, path: readonly string[], message: string): boolean {
  const [list, indexText, field] = path;
  if (list === 'weeklyCapacity') {
    errors.weeklyCapacity ??= message;
    return true;
  }
  if (list !== 'windows' && list !== 'exceptions') return false;
  const row = draft[list][Number(indexText)];
  if (!row) return false;
  const bucket = errors[list];
  const rowErrors = (bucket[row.key] ??= {});
  if (field === 'start' || field === 'end' || field === 'date') rowErrors[field] ??= message;
  else rowErrors.row ??= fieldErrorSentence('This row', namingRows(message, draft));
  return true;
}

/** "overlaps window 1 on the same weekday" → "overlaps 12:00–16:00 on the same weekday": the server counts rows from 1. */
function namingRows(message: string, draft: AvailabilityDraft): string {
  return message
    .replace(/\bwindow (\d+)/, (text, number: string) => {
      const other = draft.windows[Number(number) - 1];
      return other ? `the window ${spanText(other.start, other.end)}` : text;
    })
    .replace(/\bexception (\d+)/, (text, number: string) => {
      const other = draft.exceptions[Number(number) - 1];
      return other && other.kind === 'extra' ? `the extra window ${spanText(other.start, other.end)}` : text;
    });
}
