import type { ClientEventName } from './events.js';

/** A burst allowance that refills steadily: `burst` requests at once, then `perSecond` on average. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

/**
 * Per socket. An interviewer's busiest moment (reveal, start the timer, next, all within a second or two) fits
 * the burst with room to spare; notes save after a pause in typing, so a few a second is already a lot. What
 * these stop is a script or a stuck key flooding a room that other people are using.
 */
export const CLIENT_EVENT_LIMITS: Partial<Record<ClientEventName, RateLimit>> = {
  'room:action': { burst: 10, perSecond: 2 },
  'room:note': { burst: 10, perSecond: 2 },
  // People type a few messages in a row at most; the history is asked on each (re)join.
  'chat:send': { burst: 5, perSecond: 1 },
  'chat:history': { burst: 5, perSecond: 1 },
};

/** What is left of a socket's allowance for one event, as of `updatedAt` (epoch ms). */
export interface RateBucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Spends one request from the bucket at `now`. Allowed: the bucket after spending and a wait of 0. Refused: the
 * bucket as refilled (nothing spent) and how long until one request is allowed again.
 */
export function spendRequest(
  bucket: RateBucket | undefined,
  limit: RateLimit,
  now: number,
): { bucket: RateBucket; waitMs: number } {
  const elapsed = bucket ? Math.max(0, now - bucket.updatedAt) : 0;
  const tokens = bucket ? Math.min(limit.burst, bucket.tokens + (elapsed * limit.perSecond) / 1000) : limit.burst;
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, updatedAt: now }, waitMs: 0 };
  return { bucket: { tokens, updatedAt: now }, waitMs: Math.ceil(((1 - tokens) * 1000) / limit.perSecond) };
}
