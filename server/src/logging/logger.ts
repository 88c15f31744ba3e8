import type { LoggerService } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';
import { performance } from 'node:perf_hooks';

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'rounds' },
    // Database errors carry the statement's parameters (password hashes, e-mail addresses): never log them.
    redact: [
      'req.headers.cookie',
      'res.headers["set-cookie"]',
      'req.headers.authorization',
      'err.parameters',
      'err.driverError.detail',
      'err.driverError.parameters',
      'err.detail',
    ],
  };
  // Standard output written asynchronously: a synchronous write per request line was the largest single cost of a
  // request under load. Lines written while one write is in flight go out together; pino flushes what is left on exit.
  return pino(options, (destination as pino.DestinationStream | undefined) ?? pino.destination({ dest: 1, sync: false }));
}

/** Invitation tokens in a path (the accept and preview routes) are credentials: logs show them redacted. */
const INVITATION_TOKEN = /^(\/api\/invitations\/)[^/?#]+/;

export function redactUrl(url: string): string {
  return url.replace(INVITATION_TOKEN, '$1[redacted]');
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * One JSON line per API request, with an id taken from X-Request-Id (when sane) or made here, echoed back.
 * Written by hand rather than with pino-http, which builds a child logger for every request: this costs one
 * log call when the response finishes (or is cut off), with the same fields.
 */
export function requestLogger(logger: Logger) {
  return (request: IncomingMessage & { id?: string }, response: ServerResponse, next: () => void) => {
    const incoming = request.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    request.id = id;
    response.setHeader('X-Request-Id', id);
    const url = request.url ?? '';
    if (!url.startsWith('/api')) return next();
    const started = performance.now();
    const done = () => {
      response.off('close', done);
      response.off('finish', done);
      const line = {
        req: { id, method: request.method, url: redactUrl(url) },
        res: { statusCode: response.statusCode },
        responseTime: Math.round(performance.now() - started),
      };
      if (!response.writableFinished) logger.warn(line, 'request aborted');
      else if (response.statusCode >= 500) logger.error(line, 'request errored');
      else if (response.statusCode >= 400) logger.warn(line, 'request completed');
      else logger.info(line, 'request completed');
    };
    response.on('finish', done);
    response.on('close', done);
    next();
  };
}

/** Routes Nest's own log calls into the same JSON stream. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[]) {
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    if (message !== null && typeof message === 'object') {
      const text = typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : undefined;
      this.logger[level]({ context, ...(message as object) }, text);
    } else {
      const stack = level === 'error' && rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
      this.logger[level]({ context, ...(stack ? { stack } : {}) }, String(message));
    }
  }
}
