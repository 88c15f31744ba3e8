import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PasswordResetRequested } from '@rounds/shared';
import { DataSource } from 'typeorm';
import type { ClientContext } from '../auth/auth.service.js';
import { AuthSessionsService } from '../auth/auth-sessions.service.js';
import { hashLinkToken, newLinkToken } from '../auth/link-token.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { SignInThrottleService } from '../auth/sign-in-throttle.service.js';
import { badRequest, gone, notFound } from '../common/problem.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { passwordChangedEmail, passwordResetEmail } from './account-emails.js';
import { PasswordResetsRepository } from './password-resets.repository.js';

/** How long the link in a reset e-mail works. */
const RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Passwords after the account exists: changing one (the current one required), and the forgotten-password link.
 * Either ends sign-ins at once, on every instance: the sessions' rows go in the transaction that sets the new
 * hash, and their sockets are closed through socket.io's adapter once it has committed.
 */
@Injectable()
export class AccountPasswordService {
  private readonly logger = new Logger('Passwords');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly sessions: AuthSessionsService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottleService,
    private readonly outbox: OutboxService,
    private readonly resets: PasswordResetsRepository,
    private readonly realtime: RealtimeService,
  ) {}

  /**
   * Checks a password the signed-in person typed to confirm an action, counted like a sign-in (a stolen session
   * must not become a way to guess the password). Throws a 400 naming `field` when it is not right.
   */
  async requirePassword(actor: UserEntity, password: string, field: string, client: ClientContext): Promise<void> {
    await this.throttle.reserveSignIn(client.address, actor.email);
    if (!(await this.hasher.verify(await this.users.passwordHashOf(actor.id), password))) {
      throw badRequest('That is not your current password: nothing was changed.', [
        { field, message: 'is not your current password' },
      ]);
    }
    await this.throttle.signedIn(client.address, actor.email);
  }

  /** Sets a new password; every other sign-in of the person ends, the one with `currentToken` stays. */
  async change(
    actor: UserEntity,
    currentToken: string | undefined,
    request: { currentPassword: string; newPassword: string },
    client: ClientContext,
  ): Promise<void> {
    await this.requirePassword(actor, request.currentPassword, 'currentPassword', client);
    if (request.newPassword === request.currentPassword) {
      throw badRequest('The new password is the same as the current one: choose a different one.', [
        { field: 'newPassword', message: 'must differ from your current password' },
      ]);
    }
    const passwordHash = await this.hasher.hash(request.newPassword);
    const ended = await this.db.transaction(async (manager) => {
      await this.users.setPasswordHash(manager, actor.id, passwordHash);
      await this.outbox.enqueue(manager, passwordChangedEmail(actor.email, `${this.config.publicUrl}/forgot-password`));
      return this.sessions.endAllOf(manager, actor.id, currentToken);
    });
    this.realtime.disconnectSignIns(actor.id, ended);
  }

  /** Ends every sign-in of the person, the current one included, and closes their sockets. */
  async signOutEverywhere(actor: UserEntity): Promise<void> {
    await this.db.transaction((manager) => this.sessions.endAllOf(manager, actor.id));
    this.realtime.disconnectUser(actor.id);
  }

  /**
   * E-mails a reset link when the address has an account; the answer is the same either way, and both ways count
   * against the limits.
   */
  async requestReset(email: string, client: ClientContext): Promise<PasswordResetRequested> {
    await this.throttle.reservePasswordReset(client.address, email);
    const link = await this.db.transaction(async (manager) => {
      await this.resets.purgeSpent(manager);
      const user = await this.users.findByEmail(email, manager);
      if (!user) return undefined;
      const token = newLinkToken();
      const expiresAt = new Date(Date.now() + RESET_TTL_MS);
      await this.resets.replace(manager, user.id, hashLinkToken(token), expiresAt);
      const resetLink = `${this.config.publicUrl}/reset-password/${token}`;
      await this.outbox.enqueue(manager, passwordResetEmail(user.email, resetLink, expiresAt));
      return resetLink;
    });
    if (link) this.showLinkWithoutMail(email, link);
    return { status: 'reset_requested', email: email.toLowerCase() };
  }

  /** Sets a new password with a reset link's token; every sign-in of that person ends. Nobody is signed in. */
  async reset(token: string, password: string): Promise<void> {
    const claimed = await this.db.transaction(async (manager) => {
      const reset = await this.resets.claim(manager, hashLinkToken(token));
      if (!reset) {
        throw notFound(
          'This link is not valid or has already been used. Ask for a new one with "Forgot your password?" on the sign-in page.',
        );
      }
      if (reset.expired) {
        throw gone(
          `This link expired on ${reset.expiresAt.toUTCString()}. Ask for a new one with "Forgot your password?" on the sign-in page.`,
        );
      }
      // Hashed only for a link that works, so unknown tokens cost no hashing.
      await this.users.setPasswordHash(manager, reset.userId, await this.hasher.hash(password));
      await this.sessions.endAllOf(manager, reset.userId);
      return reset;
    });
    await this.throttle.forgetAccountFailures(claimed.email);
    this.realtime.disconnectUser(claimed.userId);
  }

  /** As for registration: without SMTP, outside production, the link is logged once so a developer can use it. */
  private showLinkWithoutMail(email: string, link: string): void {
    if (this.config.env === 'production' || this.config.smtpUrl) return;
    this.logger.log(`SMTP_URL is not set: the link to set a new password for ${email.toLowerCase()} is ${link}`);
  }
}
