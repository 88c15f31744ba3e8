import { formatInZone, HOUR, INTERVIEW_DAY_RULES, MINUTE, type personalItinerary } from '@rounds/shared';

/** Why a day laid out from `start` to `end` cannot be held (it runs past the longest day), or undefined. */
export function dayTooLong(day: {
  start: number;
  end: number;
  rotations: number;
  rotationMinutes: number;
  gapMinutes: number;
  timeZone: string;
}): string | undefined {
  if (day.end - day.start <= INTERVIEW_DAY_RULES.maxDayHours * HOUR) return undefined;
  return (
    `This day cannot fit: ${day.rotations} rotations of ${day.rotationMinutes} minutes with ${day.gapMinutes}-minute gaps ` +
    `run from ${formatInZone(day.start, day.timeZone)} to ${formatInZone(day.end, day.timeZone)} (${lengthText(day.end - day.start)}), ` +
    `and a day lasts at most ${INTERVIEW_DAY_RULES.maxDayHours} hours. Use fewer candidates or stations, shorter stations or shorter gaps.`
  );
}

function lengthText(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The itinerary an invite carries, in the reader's zone: every notice of a day's session adds it. */
export function itineraryText(
  title: string,
  steps: ReturnType<typeof personalItinerary>,
  timeZone: string,
  nameOf: (userId: string) => string,
): string[] {
  if (steps.length === 0) return [];
  return [
    `Your whole day, "${title}" (times in ${timeZone}):`,
    ...steps.map((step) => {
      const when = `${step.localStart}–${step.localEnd}`;
      if (!step.visit)
        return `  ${when}  ${step.role === 'candidate' ? 'waiting: no station this rotation' : 'no candidate this rotation'}`;
      const partner =
        step.role === 'candidate' ? `with ${nameOf(step.visit.interviewerId)}` : `candidate: ${nameOf(step.visit.candidateId)}`;
      return `  ${when}  ${step.visit.stationName}, ${partner}`;
    }),
    `Candidates move to the next station in the gap; interviewers stay in their room.`,
  ];
}
