import type { RoomDayContext, RoomRole } from '@rounds/shared';
import { formatClock } from '../../lib/format-time';
import { readDayClock } from './day-clock';

interface DayClockProps {
  day: RoomDayContext;
  role: RoomRole;
  /** Server time (ms). */
  now: number;
}

/**
 * An interview day's one clock, in place of the session clock: the station, the rotation and its time left. From a
 * minute before the rotation ends a banner says so, in every room of the day; its live region is always in the
 * page so screen readers announce it the moment it appears.
 */
export function DayClock({ day, role, now }: DayClockProps) {
  const reading = readDayClock(day, role, now);
  const remaining = reading.stage === 'rotation' ? reading.remainingSeconds : 0;
  const warning = reading.stage !== 'rotation' || reading.warning;
  return (
    <div className={warning ? 'room-clock room-clock-warning' : 'room-clock'} aria-label="Rotation clock" role="group">
      <p className="room-clock-line">
        {day.stationName} · Rotation {day.rotation + 1} of {day.rotationCount} · Ends in{' '}
        <span className="room-clock-figure">{formatClock(remaining)}</span>
      </p>
      <p className="room-day-warning" aria-live="assertive">
        {warning && (day.next ? 'One minute left: the rotation ends soon, then on to the next station.' : 'One minute left.')}
      </p>
    </div>
  );
}
