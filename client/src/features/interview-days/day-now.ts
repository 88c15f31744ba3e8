import type { ItineraryStep } from '@rounds/shared';

/** Where a person's day stands at `now`, for the top of their day page. */
export type DayNow =
  | { kind: 'before-station'; next: ItineraryStep; startsInMs: number; scoreNow: ItineraryStep | null }
  | { kind: 'at-station'; step: ItineraryStep }
  | { kind: 'done'; scoreNow: ItineraryStep | null };

/**
 * The station running now, or the next one and how long until it starts. An interviewer between rotations (or after
 * the last) is also offered the candidate they just saw, to score while it is fresh.
 */
export function dayNow(steps: readonly ItineraryStep[], now: number): DayNow | null {
  const stations = steps.filter((step) => step.kind === 'station');
  if (stations.length === 0) return null;
  const running = stations.find((step) => Date.parse(step.startsAt) <= now && now < Date.parse(step.endsAt));
  if (running) return { kind: 'at-station', step: running };
  const finished = stations.filter((step) => Date.parse(step.endsAt) <= now);
  const last = finished[finished.length - 1];
  const scoreNow = last && last.role === 'interviewer' ? last : null;
  const next = stations.find((step) => Date.parse(step.startsAt) > now);
  if (!next) return { kind: 'done', scoreNow };
  return { kind: 'before-station', next, startsInMs: Date.parse(next.startsAt) - now, scoreNow };
}

/** "2 h 5 min", "12 min", "45 s": how long until a start, rounded up to what a person acts on. */
export function startsInText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
