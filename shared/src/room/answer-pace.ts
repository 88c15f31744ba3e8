import { withExtraTime } from '../accommodations/accommodations.js';
import type { QuestionFamily } from '../questions/question.enums.js';

/**
 * The answer timer's pacing in the room, from the question's own target: building until half the target (a
 * minute at most), a good length up to the target, then time to wrap up — so a 30-second pitch is "good" from
 * 0:15 to 0:30 and a five-minute story until 5:00. A candidate's extra time stretches both thresholds alike.
 */
export type AnswerPace = 'building' | 'good' | 'long';

/** The target used when a question's own is not known: a two-minute story. */
const DEFAULT_TARGET_SECONDS = 120;
const MAX_BUILDING_SECONDS = 60;

/** What to do while an answer is still building, in the words of the question's family. */
const BUILDING_ADVICE: Partial<Record<QuestionFamily, string>> = {
  opening: 'say who you are and where you are heading',
  motivation: 'give your reason and the experience behind it',
  knowledge: 'make your point, then give an example',
  closing: 'ask your question, then follow up',
  informational: 'ask, then listen and follow up',
  station: 'name the principles and the people affected',
};
const STORY_ADVICE = 'give the context and what you did';

/** The target the answer timer shows: the question's own, stretched by the candidate's extra time. */
export function answerTargetSeconds(questionTargetSeconds: number, extraTime: number): number {
  return withExtraTime(questionTargetSeconds, extraTime);
}

/** Where the pace changes, in seconds, for a question's own target and this much extra time. */
export function answerPaceThresholds(
  extraTime: number,
  targetSeconds = DEFAULT_TARGET_SECONDS,
): { goodFrom: number; longAfter: number } {
  const goodFrom = Math.min(MAX_BUILDING_SECONDS, Math.round(targetSeconds / 2));
  return { goodFrom: withExtraTime(goodFrom, extraTime), longAfter: withExtraTime(targetSeconds, extraTime) };
}

export function answerPace(elapsedSeconds: number, extraTime = 1, targetSeconds = DEFAULT_TARGET_SECONDS): AnswerPace {
  const { goodFrom, longAfter } = answerPaceThresholds(extraTime, targetSeconds);
  if (elapsedSeconds < goodFrom) return 'building';
  return elapsedSeconds <= longAfter ? 'good' : 'long';
}

const MINUTE_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * How the thresholds read for this much extra time: whole minutes in words ("a minute", "two minutes") when
 * both are whole minutes, otherwise both as clocks ("1:30", "3:00"), so one sentence never mixes the two.
 */
function thresholdWords(extraTime: number, targetSeconds: number): { goodFrom: string; longAfter: string; range: string } {
  const { goodFrom, longAfter } = answerPaceThresholds(extraTime, targetSeconds);
  const [from, to] = [goodFrom / 60, longAfter / 60];
  if (Number.isInteger(from) && Number.isInteger(to) && to < MINUTE_WORDS.length) {
    const words = (minutes: number) => (minutes === 1 ? 'a minute' : `${MINUTE_WORDS[minutes]} minutes`);
    const first = from === 1 ? 'One' : MINUTE_WORDS[from][0].toUpperCase() + MINUTE_WORDS[from].slice(1);
    return { goodFrom: words(from), longAfter: words(to), range: `${first} to ${words(to)}` };
  }
  return { goodFrom: clock(goodFrom), longAfter: clock(longAfter), range: `${clock(goodFrom)} to ${clock(longAfter)}` };
}

/** The pace in words, for anyone who cannot tell the colours apart: "Under a minute: …", "One to two minutes: …". */
export function answerPaceText(
  pace: AnswerPace,
  extraTime = 1,
  targetSeconds = DEFAULT_TARGET_SECONDS,
  family?: QuestionFamily,
): string {
  const words = thresholdWords(extraTime, targetSeconds);
  if (pace === 'building') return `Under ${words.goodFrom}: ${(family && BUILDING_ADVICE[family]) ?? STORY_ADVICE}`;
  if (pace === 'long') return `Over ${words.longAfter}: time to wrap up`;
  return `${words.range}: a good length`;
}

/** What a screen reader hears as the answer crosses a threshold (announced once per change, not every second). */
export function answerPaceAnnouncement(pace: AnswerPace, extraTime = 1, targetSeconds = DEFAULT_TARGET_SECONDS): string {
  const words = thresholdWords(extraTime, targetSeconds);
  if (pace === 'building') return 'Answer timer started.';
  if (pace === 'good') return `Answer at ${words.goodFrom}: a good length now.`;
  return `Answer at ${words.longAfter}: time to wrap up.`;
}
