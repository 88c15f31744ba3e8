import { findUnstorableText, jsonNestsDeeperThan, unstorableTextProblem } from './text-safety.js';

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

describe('nesting depth', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it('measures depth without parsing, ignoring brackets inside strings', () => {
    expect(jsonNestsDeeperThan(nested(32), 32)).toBe(false);
    expect(jsonNestsDeeperThan(nested(33), 32)).toBe(true);
    expect(jsonNestsDeeperThan(`{"a":"${'['.repeat(100)}","b":[{"c":"\\"[["}]}`, 3)).toBe(false);
    expect(jsonNestsDeeperThan(new TextEncoder().encode(`{"é👩‍⚕️":${nested(3)}}`), 3)).toBe(true);
  });

  it('walks values nested far deeper than the call stack allows', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i++) deep = { x: deep };
    const [finding] = findUnstorableText(deep);
    expect(finding.message).toMatch(/NUL/);
    expect(finding.field.split('.')).toHaveLength(100_000);
  });
});
