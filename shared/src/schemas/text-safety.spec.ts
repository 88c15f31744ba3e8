import { findUnstorableText, unstorableTextProblem } from './text-safety.js';

describe('text safety', () => {
  it('accepts ordinary text in any script', () => {
    expect(unstorableTextProblem('Dr. Priya Raman — राम 👩‍⚕️')).toBeNull();
  });

  it('refuses NUL bytes and unpaired surrogates', () => {
    expect(unstorableTextProblem('a\u0000b')).toMatch(/NUL/);
    expect(unstorableTextProblem('a\ud800b')).toMatch(/surrogate/);
  });

  it('finds the path of every bad string in nested JSON, keys included', () => {
    expect(findUnstorableText({ title: 'ok', sections: [{ probes: ['fine', 'x\u0000'] }], ['k\u0000']: 1 })).toEqual([
      { field: 'sections.0.probes.1', message: expect.stringMatching(/NUL/) },
      { field: '(key)', message: expect.stringMatching(/NUL/) },
    ]);
    expect(findUnstorableText('\ud800')).toEqual([{ field: '(body)', message: expect.stringMatching(/surrogate/) }]);
  });
});
