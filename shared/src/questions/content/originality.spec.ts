import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_QUESTIONS } from './questions.js';
import { BUILT_IN_SCRIPTS } from './scripts.js';

/**
 * The bank is written in our own words (DOMAIN.md): no text field may repeat a run of
 * COPIED_RUN_WORDS or more consecutive words from a seed article. Case and punctuation are ignored.
 *
 * The seed articles live in the team handbook next to the repository (`../shared/seeds/` from the repo
 * root), which a plain clone does not have; there the check reports that it could not run.
 */

const COPIED_RUN_WORDS = 10;
const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const SEEDS_DIR = resolve(REPO_ROOT, '..', 'shared', 'seeds');

/** Lower-case words with punctuation removed: "Situation–Task, Action!" → ["situation", "task", "action"]. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every run of `length` consecutive words in the sources, for quick look-up. */
function runsOf(sources: readonly string[], length: number): Set<string> {
  const runs = new Set<string>();
  for (const source of sources) {
    const words = wordsOf(source);
    for (let i = 0; i + length <= words.length; i++) runs.add(words.slice(i, i + length).join(' '));
  }
  return runs;
}

/** The longest stretches of `text` (at least `length` words) that also appear in the sources. */
export function copiedStretches(text: string, sourceRuns: Set<string>, length: number): string[] {
  const words = wordsOf(text);
  const stretches: string[] = [];
  let i = 0;
  while (i + length <= words.length) {
    if (!sourceRuns.has(words.slice(i, i + length).join(' '))) {
      i += 1;
      continue;
    }
    // Extend the stretch one word at a time while every window in it is still copied.
    let end = i + length;
    while (end < words.length && sourceRuns.has(words.slice(end - length + 1, end + 1).join(' '))) end += 1;
    stretches.push(words.slice(i, end).join(' '));
    i = end;
  }
  return stretches;
}

/** Every string in the bank with a readable location, e.g. `behavioural.challenging-case › probes.1`. */
function bankTexts(): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  const collect = (owner: string, path: string, value: unknown) => {
    if (typeof value === 'string') texts.push({ where: `${owner} › ${path}`, text: value });
    else if (Array.isArray(value)) value.forEach((item, i) => collect(owner, `${path}.${i}`, item));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) collect(owner, path ? `${path}.${key}` : key, item);
    }
  };
  for (const question of BUILT_IN_QUESTIONS) collect(question.id, '', question);
  for (const script of BUILT_IN_SCRIPTS) collect(script.id, '', script);
  return texts;
}

describe('copy check helpers', () => {
  const source = runsOf(['The quick brown fox, jumps over the lazy dog near the old river bank today.'], 5);

  it('finds a copied stretch whatever its case and punctuation', () => {
    expect(copiedStretches('Notes: the QUICK brown fox jumps over — the lazy dog!', source, 5)).toEqual([
      'the quick brown fox jumps over the lazy dog',
    ]);
  });

  it('passes text that shares fewer words in a row', () => {
    expect(copiedStretches('the quick brown fox sleeps over the lazy dog', source, 5)).toEqual([]);
  });
});

describe('the bank is in our own words', () => {
  const seedFiles = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')) : [];

  if (seedFiles.length === 0) {
    it('cannot compare with the seed articles here', () => {
      console.log(`Copy check not run: no seed articles at ${SEEDS_DIR}.`);
      expect(seedFiles).toEqual([]);
    });
    return;
  }

  it(`shares no run of ${COPIED_RUN_WORDS} or more words with a seed article (${seedFiles.length} seeds)`, () => {
    const seedRuns = runsOf(
      seedFiles.map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8')),
      COPIED_RUN_WORDS,
    );
    const problems = bankTexts().flatMap(({ where, text }) =>
      copiedStretches(text, seedRuns, COPIED_RUN_WORDS).map(
        (stretch) => `${where}: ${stretch.split(' ').length} words as in a seed article: "${stretch}"`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
