import { createHmac } from 'node:crypto';

/**
 * TURN credentials in coturn's REST-API scheme (`use-auth-secret`): the username is `<expiry unix seconds>:<user id>`
 * and the password is base64(HMAC-SHA1(shared secret, username)), so coturn checks them with the secret alone and
 * refuses them after the expiry.
 */
export function turnCredentials(secret: string, userId: string, expiresAt: number): { username: string; credential: string } {
  const username = `${Math.floor(expiresAt / 1000)}:${userId}`;
  return { username, credential: createHmac('sha1', secret).update(username).digest('base64') };
}
