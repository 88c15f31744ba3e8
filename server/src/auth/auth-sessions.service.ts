import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { UserEntity } from '../users/user.entity.js';
import { AuthSessionsRepository } from './auth-sessions.repository.js';

export const SESSION_COOKIE = 'rounds_session';

/**
 * Server-side sessions in PostgreSQL, so any server instance can serve any request. The cookie holds
 * a random token; the table holds only its HMAC, so a database leak yields no usable cookie.
 */
@Injectable()
export class AuthSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: AuthSessionsRepository,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlDays * 24 * 60 * 60 * 1000;
  }

  /** How the session cookie is set and cleared. */
  get cookieOptions() {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.publicUrl.startsWith('https://'),
      path: '/',
    };
  }

  async start(userId: string, userAgent: string | undefined, manager: EntityManager = this.db.manager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.repository.insert(manager, {
      userId,
      tokenHash: this.hashToken(token),
      expiresAt: new Date(Date.now() + this.ttlMs),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return token;
  }

  /** The user a cookie token belongs to, or null when it is unknown or expired. */
  async resolve(token: unknown): Promise<UserEntity | null> {
    return (await this.resolveSignIn(token))?.user ?? null;
  }

  /** The user and the session (by id) a cookie token belongs to, or null when it is unknown or expired. */
  async resolveSignIn(token: unknown): Promise<{ user: UserEntity; sessionId: string } | null> {
    if (!isTokenShaped(token)) return null;
    const found = await this.repository.findSignedInUser(this.hashToken(token));
    return found ? { user: found.user, sessionId: found.sessionId } : null;
  }

  /**
   * Ends every session of a person in the caller's transaction, except the one whose cookie token is `keep`
   * (the browser asking). Returns the ids of the sessions ended, whose sockets the caller then closes.
   */
  endAllOf(manager: EntityManager, userId: string, keep?: string): Promise<string[]> {
    return this.repository.deleteForUser(manager, userId, isTokenShaped(keep) ? this.hashToken(keep) : undefined);
  }

  async end(token: unknown): Promise<void> {
    if (!isTokenShaped(token)) return;
    await this.repository.deleteByTokenHash(this.hashToken(token));
  }

  private hashToken(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('base64url');
  }
}

/** cookie-parser turns "j:{…}" cookies into objects: anything but a plain short string is no session. */
function isTokenShaped(token: unknown): token is string {
  return typeof token === 'string' && token.length > 0 && token.length <= 100;
}
