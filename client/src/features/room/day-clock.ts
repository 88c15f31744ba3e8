import type { RoomDayContext, RoomRole } from '@rounds/shared';

type NextStation = NonNullable<RoomDayContext['next']>;

/**
 * Where a person stands on an interview day's one clock at server time `now`:
 * - `rotation`: in this room, with the rotation's time left (and the one-minute warning once it is due);
 * - `gap`: this station is over, the next starts in `secondsToNext` (the waiting screen);
 * - `go`: the next station has started: open its room;
 * - `done`: this was their last station.
 */
export type DayClockReading =
  | { stage: 'rotation'; remainingSeconds: number; warning: boolean }
  | { stage: 'gap'; next: NextStation; secondsToNext: number }
  | { stage: 'go'; next: NextStation }
  | { stage: 'done' };

/**
 * Reads the day's clock for one person in one room. A station is over at the rotation's end, or earlier when its
 * room has ended (`roomEnded`). Observers (coordinators) move with nobody: their room keeps its clock, at zero
 * once the rotation is over.
 */
export function readDayClock(day: RoomDayContext, role: RoomRole, now: number, roomEnded = false): DayClockReading {
  const endsAt = Date.parse(day.rotationEndsAt);
  const over = roomEnded || now >= endsAt;
  if (!over || role === 'observer') {
    return {
      stage: 'rotation',
      remainingSeconds: Math.max(0, Math.ceil((endsAt - now) / 1000)),
      warning: now >= Date.parse(day.oneMinuteWarningAt),
    };
  }
  if (day.next === null) return { stage: 'done' };
  const startsAt = Date.parse(day.next.startsAt);
  if (now < startsAt) return { stage: 'gap', next: day.next, secondsToNext: Math.ceil((startsAt - now) / 1000) };
  return { stage: 'go', next: day.next };
}

/** The room of a session, where the day moves people. */
export function roomPath(sessionId: string): string {
  return `/sessions/${sessionId}/room`;
}
