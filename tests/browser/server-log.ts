import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Where playwright.config sends the test server's stdout (its JSON log lines). Without SMTP the server logs the
 * link that finishes an open registration (see RegistrationService), which is how a developer, and these journeys,
 * read it: the person registering has no account yet, so the development mailbox cannot show it to them.
 */
export function serverLogFile(port: number): string {
  return path.join(os.tmpdir(), `rounds-browser-server-${port}.log`);
}

/** The path of the latest registration link logged for an address, or undefined while none is there yet. */
export async function loggedConfirmationPath(logFile: string, email: string): Promise<string | undefined> {
  const log = await readFile(logFile, 'utf8');
  let found: string | undefined;
  for (const line of log.split('\n')) {
    if (!line.startsWith('{')) continue;
    const { msg } = JSON.parse(line) as { msg?: string };
    const match = msg?.includes(` ${email} `) ? /https?:\/\/\S+(\/register\/confirm\/[A-Za-z0-9_-]+)/.exec(msg) : null;
    if (match) found = match[1];
  }
  return found;
}
