import type { QuestionFamily } from '@rounds/shared';
import { formatClock, formatDuration } from '../../lib/format-time';

type PaceZone = 'early' | 'good' | 'over';

export interface Pace {
  zone: PaceZone;
  /** "Keep going", "Good range", "Wrap up". */
  label: string;
  advice: string;
  /** Seconds from which an answer is long enough: half the target, at most a minute. */
  goodFrom: number;
  target: number;
  /** The length the pacing bar shows: half as long again as the target. */
  scale: number;
}

/**
 * Pacing against a question's target: too short before half the target (a minute at most, so a two-minute
 * answer is "good" from 1:00 to 2:00), then a good range up to the target, then time to wrap up.
 */
/** What a complete answer holds, by kind of question: a pitch is not a story, a knowledge answer not a question. */
const FULL_ANSWER: Partial<Record<QuestionFamily, string>> = {
  opening: 'who you are, what sets you apart, where you are heading',
  motivation: 'your reason, the experience behind it, and why here',
  knowledge: 'the point, an example, and a trade-off',
  closing: 'your question and a follow-up',
  informational: 'your question, then listening and a follow-up',
  station: 'principles, the people affected, options and a decision',
};

export function paceFor(elapsedSeconds: number, targetSeconds: number, family?: QuestionFamily): Pace {
  const goodFrom = Math.min(60, Math.round(targetSeconds / 2));
  const scale = Math.max(Math.round(targetSeconds * 1.5), targetSeconds + 30);
  const common = { goodFrom, target: targetSeconds, scale };
  if (elapsedSeconds < goodFrom) {
    return {
      ...common,
      zone: 'early',
      label: 'Keep going',
      advice: `A full answer here takes at least ${formatDuration(goodFrom)}: ${(family && FULL_ANSWER[family]) ?? 'context, what you did, what changed'}.`,
    };
  }
  if (elapsedSeconds <= targetSeconds) {
    return {
      ...common,
      zone: 'good',
      label: 'Good range',
      advice: `Land your point and close by ${formatClock(targetSeconds)}.`,
    };
  }
  return {
    ...common,
    zone: 'over',
    label: 'Wrap up',
    advice: `You are past the ${formatClock(targetSeconds)} target: finish your sentence and stop.`,
  };
}
