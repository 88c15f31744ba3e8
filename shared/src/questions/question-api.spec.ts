import { questionFilterSchema, scriptInputSchema } from './question-api.schema.js';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const base = {
  title: 'Faculty round',
  track: 'residency_fellowship',
  persona: 'faculty',
  sections: [
    { section: 'opening', minutes: 5, questionIds: [id(1)] },
    { section: 'knowledge', minutes: 15, questionIds: [id(2), id(3)] },
    { section: 'closing', minutes: 5, questionIds: [] },
  ],
};

describe('scriptInputSchema', () => {
  it('accepts a well-formed plan and defaults the description', () => {
    expect(scriptInputSchema.parse(base).description).toBe('');
  });

  it('refuses a plan longer than 60 minutes, with the total in the message', () => {
    const result = scriptInputSchema.safeParse({
      ...base,
      sections: [
        { section: 'opening', minutes: 35, questionIds: [] },
        { section: 'closing', minutes: 30, questionIds: [] },
      ],
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['add up to 65 minutes: a script lasts at most 60']);
  });

  it('refuses sections out of order or repeated, and repeated questions', () => {
    const swapped = scriptInputSchema.safeParse({ ...base, sections: [...base.sections].reverse() });
    expect(swapped.error?.issues[0].message).toMatch(/in the order opening, motivation/);
    const twice = scriptInputSchema.safeParse({ ...base, sections: [base.sections[0], base.sections[0]] });
    expect(twice.success).toBe(false);
    const repeated = scriptInputSchema.safeParse({
      ...base,
      sections: [{ section: 'opening', minutes: 5, questionIds: [id(1), id(1)] }],
    });
    expect(repeated.error?.issues[0].message).toBe('ask each question only once');
  });

  it.each([0, -1, 2.5, 61])('refuses a section budget of %p minutes', (minutes) => {
    expect(scriptInputSchema.safeParse({ ...base, sections: [{ section: 'opening', minutes, questionIds: [] }] }).success).toBe(
      false,
    );
  });
});

describe('questionFilterSchema', () => {
  it('accepts known values and refuses unknown parameters', () => {
    expect(questionFilterSchema.parse({ track: 'informational', q: ' workday ' })).toEqual({
      track: 'informational',
      q: 'workday',
    });
    expect(questionFilterSchema.safeParse({ colour: 'blue' }).success).toBe(false);
    expect(questionFilterSchema.safeParse({ level: 'expert' }).success).toBe(false);
  });
});
