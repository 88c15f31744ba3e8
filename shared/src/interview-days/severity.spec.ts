import { interviewerSeverity, type DayScore } from './severity.js';

const score = (interviewerId: string, candidateId: string, competency: DayScore['competency'], value: number): DayScore => ({
  interviewerId,
  candidateId,
  competency,
  score: value,
});

describe("an interviewer's severity over a day", () => {
  it('is the mean gap between their score and the other interviewers’ mean for the same candidate and competency', () => {
    const scores = [
      // Candidate A, structure: 2, 4, 4 — the others' means: 4, 3, 3.
      score('hard', 'A', 'structure', 2),
      score('mid', 'A', 'structure', 4),
      score('soft', 'A', 'structure', 4),
      // Candidate B, specificity: 3, 3, 5 — the others' means: 4, 4, 3.
      score('hard', 'B', 'specificity', 3),
      score('mid', 'B', 'specificity', 3),
      score('soft', 'B', 'specificity', 5),
    ];
    expect(interviewerSeverity(scores)).toEqual([
      { interviewerId: 'hard', severity: -1.5, comparisons: 2, scoresGiven: 2 }, // (2−4 + 3−4) / 2
      { interviewerId: 'mid', severity: 0, comparisons: 2, scoresGiven: 2 }, // (4−3 + 3−4) / 2
      { interviewerId: 'soft', severity: 1.5, comparisons: 2, scoresGiven: 2 }, // (4−3 + 5−3) / 2
    ]);
  });

  it('has nothing to compare when nobody else scored that candidate on that competency', () => {
    const scores = [score('x', 'A', 'structure', 5), score('y', 'A', 'communication', 1), score('y', 'B', 'structure', 2)];
    expect(interviewerSeverity(scores)).toEqual([
      { interviewerId: 'x', severity: null, comparisons: 0, scoresGiven: 1 },
      { interviewerId: 'y', severity: null, comparisons: 0, scoresGiven: 2 },
    ]);
  });

  it('sums to zero over two interviewers who scored the same things, and rounds to two decimals', () => {
    const scores = [
      score('p', 'A', 'structure', 5),
      score('q', 'A', 'structure', 2),
      score('p', 'A', 'specificity', 4),
      score('q', 'A', 'specificity', 4),
      score('p', 'B', 'structure', 3),
      score('q', 'B', 'structure', 3),
    ];
    const [p, q] = interviewerSeverity(scores);
    expect(p.severity).toBe(1); // (3 + 0 + 0) / 3
    expect(q.severity).toBe(-1);
    expect(
      interviewerSeverity([score('p', 'A', 'structure', 5), score('q', 'A', 'structure', 4), score('r', 'A', 'structure', 4)])[0]
        .severity,
    ).toBe(1);
  });

  it('is empty for a day without scores', () => {
    expect(interviewerSeverity([])).toEqual([]);
  });
});
