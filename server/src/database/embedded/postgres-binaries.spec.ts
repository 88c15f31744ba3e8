import { spawnSync } from 'node:child_process';
import { cp, chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postgresAccount } from './postgres-account.js';
import { packagedPostgres, reachablePostgresBinaries } from './postgres-binaries.js';

describe('reachablePostgresBinaries', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('hands out programs the PostgreSQL account can run, even when the installed package sits in a private folder', async () => {
    // As in a clone under /root (mode 0700): as root, PostgreSQL runs as "postgres", who cannot enter it.
    const account = await postgresAccount();
    const packaged = await packagedPostgres();
    const privateFolder = await mkdtemp(path.join(tmpdir(), 'rounds-private-binaries-'));
    const shared = await mkdtemp(path.join(tmpdir(), 'rounds-shared-binaries-'));
    folders.push(privateFolder, shared);
    await chmod(privateFolder, 0o700);
    await chmod(shared, 0o755);
    const privateCopy = path.join(privateFolder, 'native');
    await cp(packaged.folder, privateCopy, { recursive: true, verbatimSymlinks: true });

    const binaries = await reachablePostgresBinaries({ ...packaged, folder: privateCopy }, account, async () => shared);

    const version = spawnSync(binaries.postgres, ['--version'], { ...(account ?? {}), encoding: 'utf8', cwd: '/' });
    expect(version.error).toBeUndefined();
    expect(version.stdout).toMatch(/^postgres \(PostgreSQL\) \d+/);
    if (account) expect(binaries.postgres.startsWith(shared)).toBe(true);
    // A second start reuses the copy.
    expect(await reachablePostgresBinaries({ ...packaged, folder: privateCopy }, account, async () => shared)).toEqual(binaries);
  }, 60_000);
});
