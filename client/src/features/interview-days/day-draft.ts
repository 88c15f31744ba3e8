import { INTERVIEW_DAY_RULES, type CreateInterviewDayRequest, type Persona } from '@rounds/shared';
import { ApiError } from '../../lib/api';
import { CHECK_FIELDS_MESSAGE, fieldErrorSentence } from '../../lib/form-errors';

/** One station row of the form, as typed (numbers stay strings until sent). */
export interface StationDraft {
  /** The row's own key, so removing a row keeps the others' fields and focus. */
  key: number;
  name: string;
  persona: Persona;
  scriptId: string;
  minutes: string;
  interviewerId: string;
}

export interface DayDraft {
  title: string;
  date: string;
  startTime: string;
  gapMinutes: string;
  stations: StationDraft[];
  /** In the order the form lists the cohort's candidates. */
  candidateIds: string[];
}

const DAY_FIELDS = ['title', 'date', 'startTime', 'gapMinutes', 'stations', 'candidateIds'] as const;
type DayField = (typeof DAY_FIELDS)[number];
const STATION_FIELDS = ['name', 'persona', 'scriptId', 'minutes', 'interviewerId'] as const;
export type StationField = (typeof STATION_FIELDS)[number];

let nextKey = 1;

export function newStationDraft(persona: Persona): StationDraft {
  return { key: nextKey++, name: '', persona, scriptId: '', minutes: '10', interviewerId: '' };
}

/** The request body for the draft, read in the coordinator's zone. Empty optional fields are left out. */
export function dayRequestFrom(draft: DayDraft, timeZone: string): CreateInterviewDayRequest {
  return {
    title: draft.title.trim() || 'Interview day',
    date: draft.date,
    startTime: draft.startTime,
    timeZone,
    gapMinutes: draft.gapMinutes === '' ? INTERVIEW_DAY_RULES.gapMinutes.default : Number(draft.gapMinutes),
    stations: draft.stations.map((station) => ({
      ...(station.name.trim() ? { name: station.name.trim() } : {}),
      persona: station.persona,
      scriptId: station.scriptId,
      minutes: Number(station.minutes),
      interviewerId: station.interviewerId,
    })),
    candidateIds: draft.candidateIds,
  };
}

/** Where each message goes: beside a field, a station's field, a candidate's checkbox, or the alert above the form. */
export interface DayFormErrors {
  fields: Partial<Record<DayField, string>>;
  /** By the station's row key. */
  stations: Record<number, Partial<Record<StationField, string>>>;
  /** By candidate user id. */
  candidates: Record<string, string>;
  form: string | null;
}

export function noDayErrors(): DayFormErrors {
  return { fields: {}, stations: {}, candidates: {}, form: null };
}

/**
 * Puts one message for a request path (["stations", 1, "scriptId"], ["candidateIds", 0], ["date"]) where the
 * coordinator sees it. Returns false for a path the form has no place for.
 */
function placeDayError(errors: DayFormErrors, path: readonly PropertyKey[], message: string, draft: DayDraft): boolean {
  const [field, index, stationField] = path.map(String);
  if (field === 'stations' && index !== undefined && stationField !== undefined) {
    const station = draft.stations[Number(index)];
    const known = STATION_FIELDS.find((name) => name === stationField);
    if (!station || !known) return false;
    errors.stations[station.key] = { [known]: message, ...errors.stations[station.key] };
    return true;
  }
  if (field === 'candidateIds' && index !== undefined) {
    const candidateId = draft.candidateIds[Number(index)];
    if (candidateId === undefined) return false;
    errors.candidates[candidateId] ??= message;
    return true;
  }
  const known = DAY_FIELDS.find((name) => name === field);
  if (!known || (field === 'stations' && index !== undefined)) return false;
  errors.fields[known] ??= message;
  return true;
}

/** "Station 8 persona", "Candidate 2": a request path in the form's words, for the alert. */
function pathLabel(path: readonly PropertyKey[]): string {
  const [field, index, rest] = path.map(String);
  if (field === 'stations' && index !== undefined) return `Station ${Number(index) + 1}${rest ? ` ${rest}` : ''}`;
  if (field === 'candidateIds' && index !== undefined) return `Candidate ${Number(index) + 1}`;
  return path.map(String).join(' ');
}

/** Every issue of the shared schema, placed; null when the draft passes. */
export function dayDraftErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  draft: DayDraft,
): DayFormErrors | null {
  if (issues.length === 0) return null;
  const errors = noDayErrors();
  const elsewhere: string[] = [];
  for (const issue of issues) {
    if (!placeDayError(errors, issue.path, issue.message, draft))
      elsewhere.push(fieldErrorSentence(pathLabel(issue.path), issue.message));
  }
  errors.form = elsewhere.length > 0 ? elsewhere.join(' ') : CHECK_FIELDS_MESSAGE;
  return errors;
}

/**
 * A refused POST: the 400's field errors beside their fields; anything else (a 409 naming who is already booked,
 * or a day too long to fit) in the alert, in the server's own words.
 */
export function dayServerErrors(error: unknown, draft: DayDraft): DayFormErrors {
  if (!(error instanceof ApiError)) return { ...noDayErrors(), form: 'Something unexpected went wrong. Please try again.' };
  if (!error.hasFieldErrors) return { ...noDayErrors(), form: error.detail };
  return dayDraftErrors(
    Object.entries(error.fieldErrors).map(([field, message]) => ({ path: field.split('.'), message })),
    draft,
  )!;
}

/** The choices a station cannot do without, asked for in words before the schema's "must be a UUID". */
export function missingChoices(draft: DayDraft): { path: PropertyKey[]; message: string }[] {
  return draft.stations.flatMap((station, index) => [
    ...(station.scriptId
      ? []
      : [{ path: ['stations', index, 'scriptId'], message: 'is required: every station needs a script' }]),
    ...(station.interviewerId
      ? []
      : [{ path: ['stations', index, 'interviewerId'], message: 'is required: pick who interviews here' }]),
  ]);
}
