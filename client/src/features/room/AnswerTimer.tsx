import { answerPace, answerPaceAnnouncement, answerPaceText, type RoomView } from '@rounds/shared';
import { formatClock } from '../../lib/format-time';
import { useSignedInUser } from '../../lib/session';
import { answerElapsedSeconds } from './room-clock';

/**
 * How long the current answer has run, started and stopped by the interviewer. Pacing shows as a colour and,
 * for anyone who cannot tell the colours apart, as words, from the question's own target (each longer with
 * extra time). With timer announcements on, a polite live region says each threshold once.
 */
export function AnswerTimer({ view, now }: { view: RoomView; now: number }) {
  const { timer } = view;
  // The candidate's extra time stretches the thresholds (the view's target already carries it); announcing
  // is the viewer's own setting.
  const extraTime = view.accommodations[view.candidateId]?.extraTime ?? 1;
  const announce = useSignedInUser().accommodations.timerAnnouncements;
  const elapsed = answerElapsedSeconds(timer, now);
  // Pacing follows the question's own target (a 30-second pitch, a five-minute story), not fixed minutes.
  const questionTarget = view.question?.targetSeconds;
  const family = view.question?.family;
  const pace = elapsed === null ? null : answerPace(elapsed, extraTime, questionTarget);
  // Its text changes only when the pace does, so a screen reader hears each threshold once, not every second.
  const announcements = announce && (
    <p className="visually-hidden room-answer-announcer" aria-live="polite" aria-atomic="true" data-testid="timer-announcer">
      {pace === null ? '' : answerPaceAnnouncement(pace, extraTime, questionTarget)}
    </p>
  );
  const target = timer.targetSeconds !== null && (
    <span className="room-answer-target">
      target {formatClock(timer.targetSeconds)}
      {extraTime > 1 && ` (extra time ×${extraTime})`}
    </span>
  );
  if (elapsed === null || pace === null) {
    return (
      <div className="room-answer-timer room-answer-timer-stopped" role="group" aria-label="Answer timer">
        <p className="room-answer-time">
          <span className="room-answer-label">Answer timer</span> not running {target}
        </p>
        {announcements}
      </div>
    );
  }
  return (
    <div className={`room-answer-timer room-answer-${pace}`} role="group" aria-label="Answer timer">
      <p className="room-answer-time">
        <span className="room-answer-label">Answer timer</span> <span className="room-answer-figure">{formatClock(elapsed)}</span>{' '}
        {target}
      </p>
      <p className="room-answer-pace">{answerPaceText(pace, extraTime, questionTarget, family)}</p>
      {announcements}
    </div>
  );
}
