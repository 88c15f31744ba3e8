/**
 * Weekly availability windows as wall-clock text. Kept apart from time-slots.ts (which needs luxon for
 * zone arithmetic) because the request schemas use these helpers, and the browser loads the schemas
 * on its first page while it needs the zone arithmetic only on the scheduling pages.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A recurring window in the owner's own time zone, e.g. Tuesdays 18:00–20:00. */
export interface WeeklyWindow {
  weekday: Weekday;
  /** "HH:MM", 24-hour wall-clock time. */
  start: string;
  /** "HH:MM"; "24:00" means midnight at the end of the day. */
  end: string;
}

/** A dated change to the weekly pattern: a blocked day, or an extra window on one date. */
export type AvailabilityException =
  { kind: 'blocked'; date: string } | { kind: 'extra'; date: string; start: string; end: string };

export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Whether weekly windows overlap one another on the same weekday (a data-entry mistake worth refusing). */
export function findOverlappingWindows(windows: readonly WeeklyWindow[]): [number, number] | null {
  for (let i = 0; i < windows.length; i += 1) {
    for (let j = i + 1; j < windows.length; j += 1) {
      const a = windows[i];
      const b = windows[j];
      if (a.weekday === b.weekday && minutesOfDay(a.start) < minutesOfDay(b.end) && minutesOfDay(b.start) < minutesOfDay(a.end)) {
        return [i, j];
      }
    }
  }
  return null;
}
