import { COMPETENCIES } from '../questions/question.enums.js';
import { toCsv } from './csv.js';
import {
  expectedForms,
  foreignFields,
  interviewPairs,
  isReleased,
  missingForSubmit,
  ratingsAggregate,
  releaseTime,
} from './feedback-rules.js';
import { feedbackFormRequestSchema } from './feedback.schema.js';
import { competenciesInformedBy, competencyWeights, RUBRIC, weightedScore } from './rubric.js';

const HOUR = 3_600_000;

describe('rubric', () => {
  it('describes all five levels of every competency, each differently', () => {
    for (const competency of COMPETENCIES) {
      const levels = Object.values(RUBRIC[competency].levels);
      expect(levels).toHaveLength(5);
      expect(new Set(levels).size).toBe(5);
      for (const text of levels) expect(text.length).toBeGreaterThan(30);
    }
  });

  it('requires the competencies the asked questions inform, in rubric order, and weighs them by question count', () => {
    const asked = [{ competencies: ['communication', 'structure'] as const }, { competencies: ['structure'] as const }];
    expect(competenciesInformedBy(asked)).toEqual(['structure', 'communication']);
    expect(competencyWeights(asked, ['structure', 'communication', 'professionalism'])).toEqual({
      structure: 2,
      communication: 1,
      professionalism: 1,
    });
    // (4·2 + 2·1) / 3
    expect(weightedScore({ structure: 4, communication: 2 }, { structure: 2, communication: 1 })).toBe(3.33);
    expect(weightedScore({}, {})).toBeNull();
  });
});

describe('release rule', () => {
  const end = Date.UTC(2026, 2, 1, 12);
  it('releases once submitted and the self form is in, or 48 hours after the end, whichever comes first', () => {
    expect(releaseTime(null, end + HOUR, end)).toBeNull();
    expect(releaseTime(end + HOUR, end + 2 * HOUR, end)).toBe(end + 2 * HOUR);
    expect(releaseTime(end + 3 * HOUR, end + 2 * HOUR, end)).toBe(end + 3 * HOUR);
    expect(releaseTime(end + HOUR, null, end)).toBe(end + 48 * HOUR);
    expect(releaseTime(end + 50 * HOUR, null, end)).toBe(end + 50 * HOUR);
    expect(isReleased(end + HOUR, null, end, end + 48 * HOUR - 1)).toBe(false);
    expect(isReleased(end + HOUR, null, end, end + 48 * HOUR)).toBe(true);
  });

  it('shows ratings only in aggregate from three on', () => {
    expect(ratingsAggregate([5, 4])).toEqual({ count: 2, mean: null });
    expect(ratingsAggregate([5, 4, 4])).toEqual({ count: 3, mean: 4.33 });
  });
});

describe('who writes what', () => {
  it('pairs each peer both ways, and every interviewer with every candidate otherwise', () => {
    const peers = [
      { userId: 'a', role: 'candidate' as const },
      { userId: 'b', role: 'candidate' as const },
    ];
    expect(interviewPairs('peer_swap', peers)).toEqual([
      { interviewerId: 'a', candidateId: 'b' },
      { interviewerId: 'b', candidateId: 'a' },
    ]);
    const mentored = [
      { userId: 'm', role: 'interviewer' as const },
      { userId: 'c', role: 'candidate' as const },
      { userId: 'o', role: 'observer' as const },
    ];
    expect(interviewPairs('mentor_interview', mentored)).toEqual([{ interviewerId: 'm', candidateId: 'c' }]);
    expect(expectedForms(interviewPairs('mentor_interview', mentored))).toEqual([
      { kind: 'interviewer', authorId: 'm', aboutId: 'c' },
      { kind: 'rating', authorId: 'c', aboutId: 'm' },
      { kind: 'self', authorId: 'c', aboutId: 'c' },
    ]);
  });

  it('names fields of another kind and what a submit still lacks', () => {
    expect(foreignFields('self', { scores: {}, strengths: 'x' })).toEqual([
      { field: 'strengths', message: expect.stringMatching(/not part of the self form/) },
    ]);
    expect(
      missingForSubmit('interviewer', { scores: { structure: 3 }, improvements: [] }, ['structure', 'communication']),
    ).toEqual([
      { field: 'strengths', message: 'is required to submit' },
      { field: 'improvements', message: expect.stringMatching(/1 to 3/) },
      { field: 'readiness', message: 'is required to submit' },
      { field: 'scores.communication', message: expect.stringMatching(/score it 1 to 5/) },
    ]);
    expect(missingForSubmit('self', { reflection: 'ok' }, [])).toEqual([
      { field: 'scores', message: 'needs at least one competency scored 1 to 5' },
    ]);
  });
});

describe('form request schema', () => {
  const messageFor = (body: unknown) =>
    feedbackFormRequestSchema.safeParse(body).error?.issues.map((i) => `${i.path.join('.')} ${i.message}`);
  it('refuses scores outside 1–5, fractions and unknown competencies, saying what to send', () => {
    expect(messageFor({ scores: { structure: 0 } })).toEqual([
      'scores.structure must be a whole number from 1 to 5: 1 is the lowest level',
    ]);
    expect(messageFor({ scores: { structure: 6 } })).toEqual([
      'scores.structure must be a whole number from 1 to 5: 5 is the highest level',
    ]);
    expect(messageFor({ scores: { structure: 2.5 } })).toEqual([
      'scores.structure must be a whole number from 1 to 5 (no fractions)',
    ]);
    expect(messageFor({ scores: { charm: 3 } })?.[0]).toMatch(/^scores.charm is not a competency: use one of structure, /);
    expect(messageFor({ improvements: ['a', 'b', 'c', 'd'] })?.[0]).toMatch(/at most 3/);
    expect(feedbackFormRequestSchema.safeParse({ scores: { structure: 3 }, strengths: ' Clear ' }).data).toEqual({
      scores: { structure: 3 },
      strengths: 'Clear',
    });
  });
});

describe('CSV', () => {
  it('writes RFC 4180: CRLF lines, quoted commas, quotes and line breaks, and neutralised formulas', () => {
    expect(toCsv(['a', 'b'] as const, [{ a: 'x, "y"', b: 3 }, { a: 'two\nlines', b: null }, { a: '=SUM(A1)' }])).toBe(
      'a,b\r\n"x, ""y""",3\r\n"two\nlines",\r\n\'=SUM(A1),\r\n',
    );
  });
});
