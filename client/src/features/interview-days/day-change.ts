import type { InterviewDay, UpdateInterviewDayRequest } from '@rounds/shared';

/** The change form's values, as typed (numbers stay text until sent). */
export interface DayChangeDraft {
  title: string;
  date: string;
  startTime: string;
  gapMinutes: string;
  stations: { stationId: string; name: string; minutes: string }[];
  reason: string;
}

/** The form filled with the day as it stands: date and start as the coordinator entered them, in the day's zone. */
export function dayChangeDraftOf(day: InterviewDay): DayChangeDraft {
  return {
    title: day.title,
    date: day.date,
    startTime: day.startTime,
    gapMinutes: String(day.gapMinutes),
    stations: day.stations.map((s) => ({ stationId: s.id, name: s.name, minutes: String(s.minutes) })),
    reason: '',
  };
}

/** A typed number as sent, so the schema can name what is wrong with it; text that is not a number stays text. */
const asNumber = (text: string): number | string => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);

/**
 * Only what the draft changes, and whether it moves the day (new date, start, gap or station minutes: every session
 * moves and a reason is needed) rather than only renaming it.
 */
export function dayChangeRequest(day: InterviewDay, draft: DayChangeDraft): { body: UpdateInterviewDayRequest; moves: boolean } {
  const body: Record<string, unknown> = {};
  if (draft.title.trim() !== day.title) body.title = draft.title;
  if (draft.date !== day.date) body.date = draft.date;
  if (draft.startTime !== day.startTime) body.startTime = draft.startTime;
  if (asNumber(draft.gapMinutes) !== day.gapMinutes) body.gapMinutes = asNumber(draft.gapMinutes);
  const stations = draft.stations.flatMap((station) => {
    const current = day.stations.find((s) => s.id === station.stationId);
    if (!current) return [];
    const change: Record<string, unknown> = {};
    if (station.name.trim() !== current.name) change.name = station.name;
    if (asNumber(station.minutes) !== current.minutes) change.minutes = asNumber(station.minutes);
    return Object.keys(change).length > 0 ? [{ stationId: station.stationId, ...change }] : [];
  });
  if (stations.length > 0) body.stations = stations;
  const moves = 'date' in body || 'startTime' in body || 'gapMinutes' in body || stations.some((station) => 'minutes' in station);
  if (draft.reason.trim() !== '') body.reason = draft.reason;
  return { body: body as UpdateInterviewDayRequest, moves };
}
