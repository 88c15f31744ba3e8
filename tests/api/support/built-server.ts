import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

// The production entry point exactly as `npm start` runs it (after `npm run build`).
export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const ENTRY = path.join(ROOT, 'server/dist/main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs the built server with the given environment (never the caller's DATABASE_URL). */
export function launch(env: Record<string, string>): Started {
  const { DATABASE_URL: _, ...inherited } = process.env;
  const child = spawn(process.execPath, [ENTRY], { cwd: ROOT, env: { ...inherited, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves when the server prints its ready banner; rejects if it exits first. */
export function ready(started: Started): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (started.output().includes('Rounds is running at')) {
        started.child.stdout!.off('data', check);
        resolve();
      }
    };
    started.child.stdout!.on('data', check);
    void started.exited.then((code) => reject(new Error(`server exited (${code}) before it was ready:\n${started.output()}`)));
    check();
  });
}
