import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Where playwright.config sends the test server's stdout (its JSON log lines). Without SMTP the server logs the
 * links that finish an open registration and set a forgotten password (see RegistrationService and
 * AccountPasswordService), which is how a developer, and these journeys, read them: the person has no session, so the
 * development mailbox cannot show them their mail.
 */
export function serverLogFile(port: number): string {
  return path.join(os.tmpdir(), `rounds-browser-server-${port}.log`);
}

/**
 * The path of the latest e-mailed link logged for an address (a registration's `/register/confirm/`, a password
 * reset's `/reset-password/`), or undefined while none is there yet.
 */
export async function loggedLinkPath(logFile: string, email: string, linkPath: string): Promise<string | undefined> {
  const log = await readFile(logFile, 'utf8');
  const pattern = new RegExp(`https?://\\S+(${linkPath}[A-Za-z0-9_-]+)`);
  let found: string | undefined;
  for (const line of log.split('\n')) {
    if (!line.startsWith('{')) continue;
    const { msg } = JSON.parse(line) as { msg?: string };
    const match = msg?.includes(` ${email} `) ? pattern.exec(msg) : null;
    if (match) found = match[1];
  }
  return found;
}
