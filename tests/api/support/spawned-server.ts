import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

// The production entry point exactly as `npm start` runs it (after `npm run build`).
const ROOT = path.resolve(import.meta.dirname, '../../..');
export const ENTRY = path.join(ROOT, 'server/dist/main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface SpawnedServer {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  /** Resolves once the output contains `text` (at once if it already does). */
  printed: (text: string) => Promise<void>;
  exited: Promise<number | null>;
}

/** Starts server/dist/main.js with the given environment (DATABASE_URL removed unless given). */
export function launch(env: Record<string, string>): SpawnedServer {
  const { DATABASE_URL: _, ...inherited } = process.env;
  const child = spawn(process.execPath, [ENTRY], {
    cwd: ROOT,
    env: { ...inherited, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiting: { text: string; resolve: () => void }[] = [];
  const append = (chunk: Buffer) => {
    output += chunk;
    for (const waiter of waiting.filter((w) => output.includes(w.text))) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (output.includes(text)) return resolve();
      waiting.push({ text, resolve });
      void exited.then((code) => reject(new Error(`server exited (${code}) before printing "${text}":\n${output}`)));
    });
  return { child, output: () => output, printed, exited };
}

/** Resolves when the server prints its ready banner; rejects if it exits first. */
export function ready(server: SpawnedServer): Promise<void> {
  return server.printed('Rounds is running at');
}
