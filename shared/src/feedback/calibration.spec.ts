import { BUILT_IN_QUESTIONS } from '../questions/content/questions.js';
import { calibrationDistance, REFERENCE_ANSWERS } from './calibration.js';

describe('reference answers for calibration', () => {
  it('offers at least six, at different levels, each scored on competencies its question informs', () => {
    expect(REFERENCE_ANSWERS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(REFERENCE_ANSWERS.map((answer) => answer.level)).size).toBeGreaterThanOrEqual(2);
    const problems = REFERENCE_ANSWERS.flatMap((answer) => {
      const question = BUILT_IN_QUESTIONS.find((q) => q.id === answer.questionId);
      if (!question) return [`${answer.id}: unknown question ${answer.questionId}`];
      if (!question.tracks.includes(answer.track)) return [`${answer.id}: ${answer.questionId} does not serve ${answer.track}`];
      return Object.keys(answer.agreed)
        .filter((competency) => !question.competencies.includes(competency as never))
        .map((competency) => `${answer.id}: ${answer.questionId} does not inform ${competency}`);
    });
    expect(problems).toEqual([]);
  });

  it('measures each score against the agreed one, signed', () => {
    expect(calibrationDistance({ structure: 4 }, { structure: 2, professionalism: 3 })).toEqual([
      { competency: 'structure', given: 4, agreed: 2, difference: 2 },
      { competency: 'professionalism', given: null, agreed: 3, difference: null },
    ]);
  });
});
