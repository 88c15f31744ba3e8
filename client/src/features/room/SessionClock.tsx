import type { RoomView } from '@rounds/shared';
import { formatClock } from '../../lib/format-time';
import { readSessionClock } from './room-clock';

/**
 * Elapsed and remaining time of the whole session, from the server's timestamps. From five minutes before the
 * scheduled end it warns, in words as well as colour; the warning is announced once, when it appears.
 */
export function SessionClock({ clock, now }: { clock: RoomView['clock']; now: number }) {
  const reading = readSessionClock(clock, now);
  const warning = reading.state === 'over_time' || (reading.state === 'running' && reading.warning);
  return (
    <div className={warning ? 'room-clock room-clock-warning' : 'room-clock'} aria-label="Session clock" role="group">
      {reading.state === 'not_started' ? (
        <p className="room-clock-line">
          Not started · <span className="room-clock-figure">{formatClock(reading.remainingSeconds)}</span> until the scheduled end
        </p>
      ) : (
        <p className="room-clock-line">
          Elapsed <span className="room-clock-figure">{formatClock(reading.elapsedSeconds)}</span>
          {reading.state === 'running' ? (
            <>
              {' '}
              · Remaining <span className="room-clock-figure">{formatClock(reading.remainingSeconds)}</span>
            </>
          ) : (
            <>
              {' '}
              · Over time by <span className="room-clock-figure">{formatClock(reading.overSeconds)}</span>
            </>
          )}
        </p>
      )}
      <p className="room-clock-warning-text" role="status">
        {reading.state === 'running' && reading.warning && 'Five minutes left: time to wrap up.'}
        {reading.state === 'over_time' && 'The scheduled time is over.'}
      </p>
    </div>
  );
}
