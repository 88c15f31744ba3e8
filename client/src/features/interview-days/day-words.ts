import type { InterviewDayLive, RoomPhase } from '@rounds/shared';
import { timeIn } from '../scheduling/zoned-time';

/** The day as a sentence, for the top of the live view: before, which rotation, the gap, or over. */
export function liveStateText(
  live: Pick<InterviewDayLive, 'state' | 'rotation' | 'rotationEndsAt' | 'nextRotationStartsAt'>,
  rotationCount: number,
  zone: string,
): string {
  const at = (instant: string | null) => (instant ? timeIn(instant, zone) : '');
  const rotation = (live.rotation ?? 0) + 1;
  switch (live.state) {
    case 'before':
      return `Not started yet: the first rotation starts at ${at(live.nextRotationStartsAt)}.`;
    case 'rotation':
      return `Rotation ${rotation} of ${rotationCount} is running; it ends at ${at(live.rotationEndsAt)}.`;
    case 'gap':
      return `Gap after rotation ${rotation} of ${rotationCount}: candidates are moving; the next rotation starts at ${at(live.nextRotationStartsAt)}.`;
    case 'after':
      return 'The day is over: every rotation has run.';
  }
}

export const ROOM_PHASE_WORDS: Record<RoomPhase, string> = {
  lobby: 'Not started',
  interviewing: 'Interviewing',
  swap: 'Roles swapped',
  wrap_up: 'Wrapping up',
  ended: 'Ended',
};

/**
 * An interviewer's severity in words: how far, on average, their scores sit from the other interviewers' scores for
 * the same candidate and competency. Below zero they mark harder, above zero more generously.
 */
export function severityWords(severity: number | null, comparisons: number): string {
  if (severity === null) return 'Nothing to compare yet: no other interviewer has scored the same candidates.';
  const points = Math.abs(severity).toFixed(2);
  const basis = `over ${comparisons} ${comparisons === 1 ? 'score' : 'scores'}`;
  if (Math.abs(severity) < 0.25)
    return `In line with the other interviewers (${severity >= 0 ? '+' : '−'}${points} points ${basis}).`;
  return severity < 0
    ? `Harder than the other interviewers: ${points} points lower on average ${basis}.`
    : `More generous than the other interviewers: ${points} points higher on average ${basis}.`;
}
