#!/usr/bin/env node
// Builds the workspaces whose inputs changed since their last build, so `npm start` with nothing changed
// starts at once. shared and server are transpiled file by file with SWC (type checking is the job of
// `npm run typecheck`, which `npm test` runs); the client is bundled by Vite.
//
//   node scripts/build.mjs [shared] [server] [client] [--force]
//
// Each workspace's `dist/.build-stamp` holds a hash of everything its output depends on.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Inputs of every workspace: shared compiler options, locked dependency versions, this script. */
const COMMON_INPUTS = ['tsconfig.json', 'package-lock.json', 'scripts/build.mjs'];

const WORKSPACES = {
  shared: {
    inputs: ['shared/src', 'shared/package.json', 'shared/tsconfig.json', 'shared/tsconfig.build.json'],
    build: () => transpile('shared', { decorators: false }),
  },
  server: {
    inputs: ['server/src', 'server/package.json', 'server/tsconfig.json', 'server/tsconfig.build.json'],
    build: () => transpile('server', { decorators: true }),
  },
  client: {
    // The client compiles the shared contracts from source (see client/vite.config.ts).
    inputs: ['client/src', 'client/public', 'client/index.html', 'client/vite.config.ts', 'client/package.json', 'shared/src'],
    build: bundleClient,
  },
};

const args = process.argv.slice(2);
const force = args.includes('--force');
const requested = args.filter((arg) => !arg.startsWith('--'));
for (const name of requested) {
  if (!(name in WORKSPACES)) throw new Error(`Unknown workspace "${name}": choose from ${Object.keys(WORKSPACES).join(', ')}.`);
}

await Promise.all(
  (requested.length ? requested : Object.keys(WORKSPACES)).map(async (name) => {
    const workspace = WORKSPACES[name];
    const stampFile = path.join(ROOT, name, 'dist', '.build-stamp');
    const stamp = await fingerprint([...COMMON_INPUTS, ...workspace.inputs]);
    if (!force && (await readFile(stampFile, 'utf8').catch(() => '')) === stamp) {
      console.log(`${name}: up to date`);
      return;
    }
    const started = performance.now();
    await workspace.build();
    await writeFile(stampFile, stamp);
    console.log(`${name}: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }),
);

/** A hash of the paths and contents of the given files and folders (missing ones count as absent). */
async function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of await filesUnder(path.join(ROOT, input))) {
      hash.update(`${path.relative(ROOT, file)}\0`);
      hash.update(await readFile(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

async function filesUnder(target) {
  const entries = await readdir(target, { withFileTypes: true, recursive: true }).catch((error) => {
    if (error.code === 'ENOTDIR') return undefined;
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (!entries) return [target];
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * `src/**\/*.ts` (not specs) to `dist/**\/*.js` with source maps, as `tsc -p tsconfig.build.json` lays it
 * out. The server's decorators follow its tsconfig: legacy decorators with metadata, no define semantics.
 */
async function transpile(name, { decorators }) {
  const { transform } = await import('@swc/core');
  const sourceDir = path.join(ROOT, name, 'src');
  const outDir = path.join(ROOT, name, 'dist');
  const sources = (await filesUnder(sourceDir)).filter((file) => file.endsWith('.ts') && !/\.(spec|d)\.ts$/.test(file));
  await rm(outDir, { recursive: true, force: true });
  await Promise.all(
    sources.map(async (source) => {
      const out = path.join(outDir, path.relative(sourceDir, source)).replace(/\.ts$/, '.js');
      const { code, map } = await transform(await readFile(source, 'utf8'), {
        filename: source,
        sourceMaps: true,
        inlineSourcesContent: false,
        swcrc: false,
        configFile: false,
        module: { type: 'es6' },
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators },
          transform: decorators
            ? { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }
            : { useDefineForClassFields: true },
        },
      });
      const sourceMap = JSON.parse(map);
      sourceMap.sources = [path.relative(path.dirname(out), source)];
      sourceMap.file = path.basename(out);
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
      await writeFile(`${out}.map`, JSON.stringify(sourceMap));
    }),
  );
}

async function bundleClient() {
  const { build } = await import('vite');
  const clientDir = path.join(ROOT, 'client');
  await build({ root: clientDir, configFile: path.join(clientDir, 'vite.config.ts'), logLevel: 'warn' });
}
