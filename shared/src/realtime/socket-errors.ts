import { z } from 'zod';
import { roomViewSchema } from '../room/room.schema.js';

/**
 * Why a socket request failed. Acknowledgements carry `{ error: { code, message } }`; a refused
 * connection carries the same object as the `connect_error`'s `data`.
 */
export const SOCKET_ERROR_CODES = [
  /** No valid session cookie: sign in again (the connection is refused or closed). */
  'UNAUTHENTICATED',
  /** The payload does not match the event's schema; `fields` names each problem. */
  'VALIDATION_FAILED',
  /** The cohort (or other thing named) does not exist. */
  'NOT_FOUND',
  /** The person may not do this (for instance: not a member of that cohort). */
  'FORBIDDEN',
  /** Only candidates of that cohort may do this. */
  'NOT_A_CANDIDATE',
  /** The request conflicts with the current state. */
  'CONFLICT',
  /** The person already has a waiting ticket in the practice queue. */
  'ALREADY_WAITING',
  /** The person is already in a session during the next practice slot. */
  'BUSY',
  /** Too many requests of this kind from this connection: `retryAfterMs` says when the next one fits. */
  'RATE_LIMITED',
  /** This server is shutting down: reconnect (to another instance) and try again. */
  'UNAVAILABLE',
  /** Something failed on the server; nothing was changed. */
  'INTERNAL',
] as const;
export type SocketErrorCode = (typeof SOCKET_ERROR_CODES)[number];

export const socketFieldErrorSchema = z.object({ field: z.string(), message: z.string() });

export const socketErrorSchema = z.object({
  code: z.enum(SOCKET_ERROR_CODES),
  message: z.string().describe('a sentence a person can act on'),
  fields: z.array(socketFieldErrorSchema).optional().describe('VALIDATION_FAILED: one entry per invalid field'),
  view: roomViewSchema.optional().describe('room:action refused with CONFLICT: the current view, to act on'),
  retryAfterMs: z.number().int().min(1).optional().describe('RATE_LIMITED: how long to wait before the next request fits'),
});
export type SocketError = z.infer<typeof socketErrorSchema>;

export const socketFailureSchema = z.object({ error: socketErrorSchema });
export type SocketFailure = z.infer<typeof socketFailureSchema>;

/** What an acknowledgement carries: the event's result, or `{ error }`. */
export type SocketAck<T> = T | SocketFailure;

/** The schema of an acknowledgement: the result, or a failure. */
export function socketAckSchema<T extends z.ZodType>(result: T) {
  return z.union([socketFailureSchema, result]);
}

export function isSocketFailure(ack: unknown): ack is SocketFailure {
  return (
    typeof ack === 'object' && ack !== null && 'error' in ack && socketErrorSchema.safeParse((ack as SocketFailure).error).success
  );
}
