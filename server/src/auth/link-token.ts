import { createHash, randomBytes } from 'node:crypto';

/** A secret for an e-mailed link (registration, password reset): 32 random bytes, URL-safe. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only a hash of a link's token is stored: the database alone cannot use anyone's link. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
