import type { RoomActionType, RoomView } from '@rounds/shared';

/**
 * How far the server's clock is ahead of this browser's, in ms, from the `serverNow` a view carries.
 * Every time on screen is the local clock plus this offset, so a laptop whose clock runs a minute fast
 * still shows both people the same timer. (The view's travel time is ignored: it is milliseconds.)
 */
export function serverOffsetMs(view: Pick<RoomView, 'clock'>, receivedAt: number): number {
  return Date.parse(view.clock.serverNow) - receivedAt;
}

/** From this many seconds left the session clock warns both people. */
const FIVE_MINUTE_WARNING_SECONDS = 5 * 60;

export type SessionClockReading =
  | { state: 'not_started'; remainingSeconds: number }
  | { state: 'running'; elapsedSeconds: number; remainingSeconds: number; warning: boolean }
  | { state: 'over_time'; elapsedSeconds: number; overSeconds: number };

/** The session clock at server time `now`: elapsed since the interview started, remaining to the scheduled end. */
export function readSessionClock(clock: RoomView['clock'], now: number): SessionClockReading {
  const remainingSeconds = Math.ceil((Date.parse(clock.endsAt) - now) / 1000);
  if (clock.startedAt === null) return { state: 'not_started', remainingSeconds: Math.max(0, remainingSeconds) };
  const elapsedSeconds = Math.max(0, Math.floor((now - Date.parse(clock.startedAt)) / 1000));
  if (remainingSeconds <= 0) return { state: 'over_time', elapsedSeconds, overSeconds: -remainingSeconds };
  return { state: 'running', elapsedSeconds, remainingSeconds, warning: remainingSeconds <= FIVE_MINUTE_WARNING_SECONDS };
}

/** Seconds the current answer has run at server time `now`; null when the timer is stopped. */
export function answerElapsedSeconds(timer: RoomView['timer'], now: number): number | null {
  if (timer.answerStartedAt === null) return null;
  return Math.max(0, Math.floor((now - Date.parse(timer.answerStartedAt)) / 1000));
}

/**
 * The interviewer's actions the room offers right now (the server's reducer has the final word; this only
 * keeps buttons that would be refused from looking available).
 */
export function availableActions(view: RoomView, now: number): Set<RoomActionType> {
  const actions = new Set<RoomActionType>();
  const questioning = view.phase === 'interviewing' || view.phase === 'swap';
  const question = view.question;
  if (view.phase !== 'ended') actions.add('end');
  if (view.phase === 'lobby') actions.add('start');
  if (questioning) actions.add('wrap_up');
  if (view.phase === 'wrap_up') actions.add('resume');
  if (questioning && question) {
    if (!question.revealed) actions.add('reveal');
    if (question.index < question.count - 1) actions.add('next');
    if (question.index > 0) actions.add('previous');
    if (question.revealed && view.timer.answerStartedAt === null) actions.add('timer_start');
  }
  if (view.timer.answerStartedAt !== null) actions.add('timer_stop');
  // A swap takes both people: the interviewer proposes it or accepts the candidate's, declines theirs, or withdraws their own.
  const proposedBy = view.swapProposedBy ?? null;
  if (canSwap(view, now) && proposedBy !== view.interviewerId) actions.add('swap');
  if (proposedBy !== null && proposedBy === view.candidateId) actions.add('swap_decline');
  if (proposedBy !== null && proposedBy === view.interviewerId) actions.add('swap_withdraw');
  return actions;
}

/** Peer sessions: either person may propose (or accept) swapping roles from half time, once, during the first half. */
export function canSwap(view: RoomView, now: number): boolean {
  return (
    view.kind === 'peer_swap' &&
    view.phase === 'interviewing' &&
    view.half === 1 &&
    view.clock.swapAt !== null &&
    now >= Date.parse(view.clock.swapAt)
  );
}
