import type { NextFunction, Request, Response } from 'express';
import { forbidden } from './problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Defence in depth beside SameSite cookies: a browser request that changes something must come from our own
 * origin. Requests without an Origin header (curl, server-to-server, older same-origin forms) pass; outside
 * production any loopback origin does too, so the Vite dev server and local tests work on any port.
 */
export function originCheck(publicUrl: string, production: boolean) {
  const allowed = new URL(publicUrl).origin;
  return (request: Request, _response: Response, next: NextFunction) => {
    const origin = request.headers.origin;
    if (SAFE_METHODS.has(request.method) || origin === undefined || origin === allowed) return next();
    if (!production && isLoopbackOrigin(origin)) return next();
    next(forbidden(`Requests that change data must come from ${allowed}; this one came from ${origin.slice(0, 100)}.`));
  };
}

function isLoopbackOrigin(origin: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(origin).hostname);
  } catch {
    return false;
  }
}
