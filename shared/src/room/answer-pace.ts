import { withExtraTime } from '../accommodations/accommodations.js';

/**
 * The answer timer's pacing in the room: building an answer under a minute, a good length to two minutes,
 * then time to wrap up. A candidate's extra time stretches both thresholds and the question's target alike.
 */
export type AnswerPace = 'building' | 'good' | 'long';

const GOOD_FROM_SECONDS = 60;
const LONG_AFTER_SECONDS = 120;

/** The target the answer timer shows: the question's own, stretched by the candidate's extra time. */
export function answerTargetSeconds(questionTargetSeconds: number, extraTime: number): number {
  return withExtraTime(questionTargetSeconds, extraTime);
}

/** Where the pace changes, in seconds, for this much extra time. */
export function answerPaceThresholds(extraTime: number): { goodFrom: number; longAfter: number } {
  return { goodFrom: withExtraTime(GOOD_FROM_SECONDS, extraTime), longAfter: withExtraTime(LONG_AFTER_SECONDS, extraTime) };
}

export function answerPace(elapsedSeconds: number, extraTime = 1): AnswerPace {
  const { goodFrom, longAfter } = answerPaceThresholds(extraTime);
  if (elapsedSeconds < goodFrom) return 'building';
  return elapsedSeconds <= longAfter ? 'good' : 'long';
}

const MINUTE_WORDS = ['', 'one', 'two', 'three', 'four'];

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * How the thresholds read for this much extra time: whole minutes in words ("a minute", "two minutes") when
 * both are whole minutes, otherwise both as clocks ("1:30", "3:00"), so one sentence never mixes the two.
 */
function thresholdWords(extraTime: number): { goodFrom: string; longAfter: string; range: string } {
  const { goodFrom, longAfter } = answerPaceThresholds(extraTime);
  const [from, to] = [goodFrom / 60, longAfter / 60];
  if (Number.isInteger(from) && Number.isInteger(to) && to < MINUTE_WORDS.length) {
    const words = (minutes: number) => (minutes === 1 ? 'a minute' : `${MINUTE_WORDS[minutes]} minutes`);
    const first = from === 1 ? 'One' : MINUTE_WORDS[from][0].toUpperCase() + MINUTE_WORDS[from].slice(1);
    return { goodFrom: words(from), longAfter: words(to), range: `${first} to ${words(to)}` };
  }
  return { goodFrom: clock(goodFrom), longAfter: clock(longAfter), range: `${clock(goodFrom)} to ${clock(longAfter)}` };
}

/** The pace in words, for anyone who cannot tell the colours apart: "Under a minute: …", "One to two minutes: …". */
export function answerPaceText(pace: AnswerPace, extraTime = 1): string {
  const words = thresholdWords(extraTime);
  if (pace === 'building') return `Under ${words.goodFrom}: give the context and what you did`;
  if (pace === 'long') return `Over ${words.longAfter}: time to wrap up`;
  return `${words.range}: a good length`;
}

/** What a screen reader hears as the answer crosses a threshold (announced once per change, not every second). */
export function answerPaceAnnouncement(pace: AnswerPace, extraTime = 1): string {
  const words = thresholdWords(extraTime);
  if (pace === 'building') return 'Answer timer started.';
  if (pace === 'good') return `Answer at ${words.goodFrom}: a good length now.`;
  return `Answer at ${words.longAfter}: time to wrap up.`;
}
