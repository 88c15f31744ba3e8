import { findUnstorableText, validationDetail, type RoomView, type SocketError, type SocketErrorCode } from '@rounds/shared';
import type { z } from 'zod';
import { ApiProblem, fieldErrorsFrom } from '../common/problem.js';

/** A refusal a socket handler returns to the client as `{ error: { code, message } }`. */
export class SocketRequestError extends Error {
  constructor(
    readonly code: SocketErrorCode,
    message: string,
    readonly fields?: SocketError['fields'],
    /** room:action refused with CONFLICT: the room as it now stands, for the client to act on. */
    readonly view?: RoomView,
    /** RATE_LIMITED: how long until the next request fits. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  toJSON(): SocketError {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields?.length ? { fields: this.fields } : {}),
      ...(this.view ? { view: this.view } : {}),
      ...(this.retryAfterMs ? { retryAfterMs: this.retryAfterMs } : {}),
    };
  }
}

/** Names each invalid field, in the same words as the HTTP API's problem details. */
export function invalidPayload(event: string, error: z.ZodError): SocketRequestError {
  return payloadRefusal(event, fieldErrorsFrom(error));
}

/**
 * Strings PostgreSQL cannot store (NUL, unpaired surrogates) anywhere in a payload, refused before the schema
 * sees it, as the HTTP API refuses them in bodies; null when there are none.
 */
export function unstorablePayload(event: string, payload: unknown): SocketRequestError | null {
  const errors = findUnstorableText(payload);
  return errors.length ? payloadRefusal(event, errors) : null;
}

function payloadRefusal(event: string, errors: { field: string; message: string }[]): SocketRequestError {
  const fields = errors.map((f) => ({ ...f, field: f.field === '(body)' ? '(payload)' : f.field }));
  return new SocketRequestError('VALIDATION_FAILED', validationDetail(`The ${event} payload is not valid`, fields), fields);
}

const CODE_BY_STATUS: Record<number, SocketErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

/** A service's HTTP-flavoured refusal, as a socket error; null for anything unexpected. */
export function fromApiProblem(error: unknown): SocketRequestError | null {
  if (!(error instanceof ApiProblem)) return null;
  const code = CODE_BY_STATUS[error.getStatus()];
  return code ? new SocketRequestError(code, error.detail, error.fieldErrors) : null;
}

/** A socket sent more of one event than its allowance: the message names the wait. */
export function rateLimited(event: string, waitMs: number): SocketRequestError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new SocketRequestError(
    'RATE_LIMITED',
    `Too many ${event} requests in a short time: wait ${seconds} second${seconds === 1 ? '' : 's'} and try again. Nothing was changed.`,
    undefined,
    undefined,
    waitMs,
  );
}
