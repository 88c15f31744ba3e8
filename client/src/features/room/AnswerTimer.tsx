import type { RoomView } from '@rounds/shared';
import { formatClock } from '../../lib/format-time';
import { ANSWER_PACE_TEXT, answerElapsedSeconds, answerPace } from './room-clock';

/**
 * How long the current answer has run, started and stopped by the interviewer. Pacing shows as a colour and,
 * for anyone who cannot tell the colours apart, as words: under a minute, one to two, over two.
 */
export function AnswerTimer({ timer, now }: { timer: RoomView['timer']; now: number }) {
  const elapsed = answerElapsedSeconds(timer, now);
  if (elapsed === null) {
    return (
      <div className="room-answer-timer room-answer-timer-stopped" role="group" aria-label="Answer timer">
        <p className="room-answer-time">
          <span className="room-answer-label">Answer timer</span> not running
        </p>
      </div>
    );
  }
  const pace = answerPace(elapsed);
  return (
    <div className={`room-answer-timer room-answer-${pace}`} role="group" aria-label="Answer timer">
      <p className="room-answer-time">
        <span className="room-answer-label">Answer timer</span> <span className="room-answer-figure">{formatClock(elapsed)}</span>
      </p>
      <p className="room-answer-pace">{ANSWER_PACE_TEXT[pace]}</p>
    </div>
  );
}
