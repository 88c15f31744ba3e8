import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Folders depend on each other one way only: a feature may use another feature's service, but never both
 * ways round, so every feature can be read, tested and changed from its own folder outwards.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

/** The folder a source file belongs to: a server feature, a client feature or client/src/<area>, a shared area. */
function folderOf(file: string): string {
  const parts = path.relative(ROOT, file).split(path.sep);
  if (parts[0] === 'client' && parts[2] === 'features') return parts.slice(0, 4).join('/');
  return parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    // index.ts barrels only re-export: they belong to no folder's logic.
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) && entry.name !== 'index.ts' ? [full] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function folderEdges(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const workspace of ['server/src', 'client/src', 'shared/src']) {
    for (const file of sourceFiles(path.join(ROOT, workspace))) {
      const from = folderOf(file);
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const to = folderOf(path.resolve(path.dirname(file), match[1] ?? match[2]));
        if (to === from) continue;
        const targets = edges.get(from) ?? new Map<string, string>();
        if (!targets.has(to)) targets.set(to, path.relative(ROOT, file));
        edges.set(from, targets);
      }
    }
  }
  return edges;
}

describe('folder boundaries', () => {
  it('has no two folders importing each other', () => {
    const edges = folderEdges();
    expect(edges.size).toBeGreaterThan(10);
    const twoWay: string[] = [];
    for (const [from, targets] of edges) {
      for (const [to, example] of targets) {
        const back = edges.get(to)?.get(from);
        if (back && from < to) twoWay.push(`${from} ⇄ ${to} (e.g. ${example} and ${back})`);
      }
    }
    expect(twoWay).toEqual([]);
  });
});
