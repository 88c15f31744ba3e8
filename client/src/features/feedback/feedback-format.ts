import type { ScoreLevel } from '@rounds/shared';

/** What each helpfulness rating means, for the rating form and its read-only view. */
export const HELPFULNESS_LEVELS: Record<ScoreLevel, string> = {
  1: 'Not helpful: little I can use',
  2: 'Somewhat helpful: a few general pointers',
  3: 'Helpful: clear feedback on my answers',
  4: 'Very helpful: specific, with examples of how to improve',
  5: 'Exceptional: I know exactly what to practise next',
};

/** "3.5", "4": a mean score, at most two decimals, without trailing zeros. */
export function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100);
}
