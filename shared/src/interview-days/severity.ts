import type { Competency } from '../questions/question.enums.js';

/** One score an interviewer gave a candidate on a competency during an interview day. */
export interface DayScore {
  interviewerId: string;
  candidateId: string;
  competency: Competency;
  score: number;
}

export interface InterviewerSeverity {
  interviewerId: string;
  /**
   * Mean of (their score − the mean of the other interviewers' scores for the same candidate and competency):
   * below 0 they mark harder than the day's other interviewers, above 0 more generously. Null when none of
   * their scores had another to compare with.
   */
  severity: number | null;
  comparisons: number;
  scoresGiven: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Each interviewer's severity over a day, in the order they first appear. Comparing like with like (the same
 * candidate on the same competency) keeps a strong candidate from making their interviewers look lenient.
 */
export function interviewerSeverity(scores: readonly DayScore[]): InterviewerSeverity[] {
  const byItem = new Map<string, DayScore[]>();
  for (const score of scores) {
    const key = `${score.candidateId}\u0000${score.competency}`;
    byItem.set(key, [...(byItem.get(key) ?? []), score]);
  }
  const totals = new Map<string, { deviation: number; comparisons: number; scoresGiven: number }>();
  for (const score of scores) {
    const total = totals.get(score.interviewerId) ?? { deviation: 0, comparisons: 0, scoresGiven: 0 };
    total.scoresGiven += 1;
    const others = byItem
      .get(`${score.candidateId}\u0000${score.competency}`)!
      .filter((other) => other.interviewerId !== score.interviewerId);
    if (others.length > 0) {
      total.deviation += score.score - others.reduce((sum, other) => sum + other.score, 0) / others.length;
      total.comparisons += 1;
    }
    totals.set(score.interviewerId, total);
  }
  return [...totals].map(([interviewerId, total]) => ({
    interviewerId,
    severity: total.comparisons > 0 ? round2(total.deviation / total.comparisons) : null,
    comparisons: total.comparisons,
    scoresGiven: total.scoresGiven,
  }));
}
