import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH, type Endpoint } from '@rounds/shared';
import type { IncomingMessage } from 'node:http';
import { ApiProblem, badRequest } from './problem.js';

/** Raw JSON body sizes, recorded while parsing so a route can hold its own tighter limit. */
const jsonBodyBytes = new WeakMap<IncomingMessage, number>();

/**
 * The JSON parser's `verify` hook: refuses a body nested deeper than any contract needs before it is parsed,
 * so no recursive work ever sees it, and remembers its size.
 */
export function inspectJsonBody(request: IncomingMessage, _response: unknown, raw: Buffer): void {
  jsonBodyBytes.set(request, raw.length);
  if (jsonNestsDeeperThan(raw, MAX_JSON_DEPTH)) {
    throw Object.assign(new Error('request body nested too deeply'), { status: 400, type: 'entity.too.deep' });
  }
}

/** Whether a request carries a body at all (a POST with Content-Length: 0 does not). */
function carriesBody(request: IncomingMessage): boolean {
  const length = Number(request.headers['content-length'] ?? 0);
  return request.headers['transfer-encoding'] !== undefined || length > 0;
}

/**
 * Holds each request to its contract's body rules: routes without a body schema take no body at all, and a
 * route may cap its body below the server-wide limit.
 */
export class RequestBodyGuard implements CanActivate {
  constructor(private readonly endpoint: Endpoint) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<IncomingMessage>();
    if (!this.endpoint.body) {
      if (carriesBody(request)) throw badRequest('This request takes no body: send it without one.');
      return true;
    }
    // A body the caller may leave out is read as {} only when there is none: one that is not JSON is refused.
    if (this.endpoint.bodyOptional && carriesBody(request) && !/\bjson\b/i.test(request.headers['content-type'] ?? '')) {
      throw badRequest('This request takes a JSON body (Content-Type: application/json), or none at all.');
    }
    const limit = this.endpoint.maxBodyBytes;
    const size = jsonBodyBytes.get(request) ?? Number(request.headers['content-length'] ?? 0);
    if (limit !== undefined && size > limit) {
      throw new ApiProblem(413, `The request body is too large for this request: the limit is ${limit / 1024} KB.`);
    }
    return true;
  }
}
