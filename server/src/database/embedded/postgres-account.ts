import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { EmbeddedPostgresError } from './startup-error.js';

const run = promisify(execFile);
const ACCOUNT = 'postgres';

/** Who PostgreSQL runs as: undefined means "as this process"; as root, the system user "postgres". */
export interface PostgresAccount {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root, so as root it runs as "postgres", created when missing. */
export async function postgresAccount(): Promise<PostgresAccount | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const existing = await lookUp();
  if (existing) return existing;
  try {
    await run('groupadd', ['--system', ACCOUNT]).catch(() => undefined);
    await run('useradd', ['--system', '--gid', ACCOUNT, '--no-create-home', '--shell', '/usr/sbin/nologin', ACCOUNT]);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Running as root, Rounds needs a "postgres" user to run the embedded PostgreSQL and could not create one ` +
        `(${String((error as Error).message).trim()}): create it, run as an ordinary user, or set DATABASE_URL.`,
    );
  }
  const created = await lookUp();
  if (!created) throw new EmbeddedPostgresError('The "postgres" user was created but cannot be found: check /etc/passwd.');
  return created;
}

async function lookUp(): Promise<PostgresAccount | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', ACCOUNT]), run('id', ['-g', ACCOUNT])]);
    return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
  } catch {
    return undefined;
  }
}

/**
 * Whether the account can enter `folder` (every parent included) and, with `writable`, create files in
 * it. Asked of the system as that account, so modes, owners and ACLs all count.
 */
export function canReach(account: PostgresAccount | undefined, folder: string, writable = false): boolean {
  if (!account) return true;
  const test = writable ? 'test -x "$1" && test -w "$1"' : 'test -x "$1"';
  const result = spawnSync('/bin/sh', ['-c', test, 'sh', folder], { uid: account.uid, gid: account.gid, stdio: 'ignore' });
  return result.status === 0;
}
