import { builtInScriptSchema, levelExpectationsFor } from './question.schema.js';

describe('levelExpectationsFor', () => {
  const question = {
    levelExpectations: { entry: 'Shared entry' },
    levelExpectationsByTrack: { residency_fellowship: { entry: 'A medical student…', mid: 'A resident…' } },
  };

  it('takes the track’s own expectations where it has them', () => {
    expect(levelExpectationsFor(question, 'residency_fellowship')).toEqual({ entry: 'A medical student…', mid: 'A resident…' });
  });

  it('falls back to the shared expectations for other tracks', () => {
    expect(levelExpectationsFor(question, 'healthcare_job')).toEqual({ entry: 'Shared entry' });
    expect(levelExpectationsFor({ levelExpectations: {} }, 'informational')).toEqual({});
  });
});

describe('builtInScriptSchema ids', () => {
  const script = {
    track: 'residency_fellowship',
    persona: 'faculty',
    title: 'Faculty',
    description: 'A faculty interview.',
    competencies: ['structure', 'communication', 'motivation_fit'],
    sections: [{ section: 'opening', minutes: 3, questionIds: ['opening.tell-me-about-yourself'] }],
  };

  it('accepts a default id and a variant id', () => {
    expect(builtInScriptSchema.safeParse({ ...script, id: 'residency_fellowship.faculty' }).success).toBe(true);
    expect(builtInScriptSchema.safeParse({ ...script, id: 'residency_fellowship.faculty.img' }).success).toBe(true);
  });

  it('refuses an id with more parts, and a role card without background points', () => {
    expect(builtInScriptSchema.safeParse({ ...script, id: 'residency_fellowship.faculty.img.extra' }).success).toBe(false);
    const card = { role: 'A nurse.', background: [], timekeeping: 'Keep to 25 minutes.' };
    const result = builtInScriptSchema.safeParse({ ...script, id: 'residency_fellowship.faculty', roleCard: card });
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)).toEqual([
      'roleCard.background needs at least one point',
    ]);
  });
});
