import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The built client, as `npm run build -w client` leaves it. */
const CLIENT_DIST = path.resolve(import.meta.dirname, '../../client/dist');

/** Gzipped JavaScript a browser may download before the first page shows: sign-in and the dashboard live here. */
export const FIRST_LOAD_BUDGET_KB = 200;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface FirstLoad {
  /** Each eagerly loaded file with its gzipped size in kB (1 kB = 1000 bytes, as Vite reports). */
  chunks: { file: string; gzipKb: number }[];
  totalGzipKb: number;
}

/**
 * Measures what index.html loads eagerly: the entry chunk and, transitively, its static imports (Vite
 * writes those as modulepreload links). Chunks reached only through dynamic import() load on demand
 * and are not counted. Sizes are gzip at zlib's default level, close to what Vite's build prints.
 */
export function measureFirstLoad(dist = CLIENT_DIST): FirstLoad {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = manifest['index.html'];
  if (!entry?.isEntry)
    throw new Error(`${dist}/.vite/manifest.json has no index.html entry: build the client with build.manifest on`);

  const eager = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (eager.has(chunk.file)) return;
    eager.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');

  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
  const missed = linked.filter((file) => !eager.has(file));
  if (missed.length) throw new Error(`index.html loads ${missed.join(', ')}, which the manifest does not reach from the entry`);

  const chunks = [...eager]
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, gzipKb: gzipSync(readFileSync(path.join(dist, file))).length / 1000 }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  return { chunks, totalGzipKb: chunks.reduce((sum, chunk) => sum + chunk.gzipKb, 0) };
}

/** "157.6 kB gzipped (index-abc.js 108.2, api-def.js 44.7, …)" */
export function describeFirstLoad({ chunks, totalGzipKb }: FirstLoad): string {
  return `${totalGzipKb.toFixed(1)} kB gzipped (${chunks.map((chunk) => `${chunk.file.replace(/^assets\//, '')} ${chunk.gzipKb.toFixed(1)}`).join(', ')})`;
}
