import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { registerRequestSchema } from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { InvitationsService } from '../cohorts/invitations.service.js';
import { badRequest, conflict, forbidden, gone, notFound } from '../common/problem.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { isUniqueViolation } from '../database/pg-errors.js';
import { OutboxService } from '../notifications/outbox.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService, type NewUser } from '../users/users.service.js';
import type { ClientContext, SignedIn } from './auth.service.js';
import { hashLinkToken, newLinkToken } from './link-token.js';
import { PasswordHasher } from './password-hasher.js';
import { PendingRegistrationsRepository, type PendingRegistration } from './pending-registrations.repository.js';
import { accountAlreadyExistsEmail, registrationConfirmationEmail } from './registration-emails.js';
import { AuthSessionsService } from './auth-sessions.service.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';

/** How long the link in a registration e-mail works. */
const CONFIRMATION_TTL_MS = 24 * 60 * 60 * 1000;

const EMAIL_TAKEN = 'An account with this e-mail address already exists: sign in instead.';

/** Registration either signs the new account in at once, or waits for the address's owner to confirm by e-mail. */
export type RegistrationOutcome = ({ kind: 'signed-in' } & SignedIn) | { kind: 'confirmation-sent'; email: string };

type RegisterRequest = z.output<typeof registerRequestSchema>;

/**
 * Creating accounts. Open registration answers the same for every address (an e-mail goes to it either way),
 * so nobody learns from it which addresses have accounts; the account is created once the link in that e-mail
 * is used. Two paths create the account at once: an invitation, whose token already proves the address, and the
 * first account of a new deployment (which may have no e-mail yet; this reveals only that the deployment is empty).
 */
@Injectable()
export class RegistrationService {
  private readonly logger = new Logger('Registration');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
    private readonly sessions: AuthSessionsService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottleService,
    private readonly outbox: OutboxService,
    private readonly pending: PendingRegistrationsRepository,
  ) {}

  async register(request: RegisterRequest, client: ClientContext): Promise<RegistrationOutcome> {
    if (!request.invitationToken && !this.config.openRegistration) {
      throw forbidden('Registration is by invitation only: open the link your coordinator sent you.');
    }
    await this.throttle.reserveRegistration(client.address);
    // Hashed on every path, before anything is looked up, so a taken address is answered no faster than a new one.
    const passwordHash = await this.hasher.hash(request.password);
    const account = {
      email: request.email,
      passwordHash,
      displayName: request.displayName,
      timeZone: request.timeZone,
      track: request.track ?? null,
      experienceLevel: request.experienceLevel ?? null,
    };
    let confirmationLink: string | undefined;
    const outcome = await this.refusingTakenEmail(() =>
      this.db.transaction(async (manager): Promise<RegistrationOutcome> => {
        if (request.invitationToken) return this.registerThroughInvitation(manager, request.invitationToken, account, client);
        // Serialise open registrations so exactly one account can be the first.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rounds:open-registration'))`);
        if (!(await this.users.anyExist(manager))) {
          return this.signIn(
            manager,
            await this.createAccount(manager, { ...account, roles: ['coordinator', 'candidate'] }),
            client,
          );
        }
        confirmationLink = await this.awaitConfirmation(manager, account);
        return { kind: 'confirmation-sent', email: account.email };
      }),
    );
    if (confirmationLink) this.showLinkWithoutMail(account.email, confirmationLink);
    return outcome;
  }

  /**
   * Finishes an open registration with the token from its e-mail and the password registered with it: creates the
   * candidate's account and signs it in. A different password changes nothing: the registration is claimed inside the
   * transaction, which rolls back, so the link still works.
   */
  async confirm({ token, password }: { token: string; password: string }, client: ClientContext): Promise<SignedIn> {
    const { user, sessionToken } = await this.refusingTakenEmail(() =>
      this.db.transaction(async (manager) => {
        const registration = await this.pending.take(manager, hashLinkToken(token));
        if (!registration) {
          throw notFound(
            'This link is not valid or has already been used. If you finished creating your account, sign in; otherwise register again.',
          );
        }
        const { expired, expiresAt, ...account } = registration;
        if (expired) throw gone(`This link expired on ${expiresAt.toUTCString()}. Register again to get a new one.`);
        if (!(await this.hasher.verify(account.passwordHash, password))) {
          throw badRequest(
            'This is not the password you registered with: type the one you chose when you registered. The link still works.',
            [{ field: 'password', message: 'is not the password you registered with' }],
          );
        }
        return this.signIn(manager, await this.createAccount(manager, { ...account, roles: ['candidate'] }), client);
      }),
    );
    return { user, sessionToken };
  }

  private async registerThroughInvitation(
    manager: EntityManager,
    token: string,
    account: PendingRegistration,
    client: ClientContext,
  ): Promise<RegistrationOutcome> {
    const invitation = await this.invitations.requireOpen(manager, token, account.email);
    const user = await this.createAccount(manager, { ...account, roles: [invitation.role] });
    await this.invitations.redeem(manager, token, user);
    return this.signIn(manager, user, client);
  }

  /**
   * Queues the e-mail that lets the address's owner go on: a link to finish registering, or, when the address
   * already has an account, a note saying so. Returns the link, when there is one.
   */
  private async awaitConfirmation(manager: EntityManager, registration: PendingRegistration): Promise<string | undefined> {
    // Done on both paths, so both do about the same work.
    await this.pending.purgeLongExpired(manager);
    if (await this.users.emailTaken(registration.email, manager)) {
      await this.outbox.enqueue(manager, accountAlreadyExistsEmail(registration.email, `${this.config.publicUrl}/sign-in`));
      return undefined;
    }
    const token = newLinkToken();
    const expiresAt = new Date(Date.now() + CONFIRMATION_TTL_MS);
    await this.pending.save(manager, registration, hashLinkToken(token), expiresAt);
    const link = `${this.config.publicUrl}/register/confirm/${token}`;
    await this.outbox.enqueue(manager, registrationConfirmationEmail(registration.email, link, expiresAt));
    return link;
  }

  private async createAccount(manager: EntityManager, account: NewUser): Promise<UserEntity> {
    if (await this.users.emailTaken(account.email, manager)) throw conflict(EMAIL_TAKEN);
    return this.users.create(manager, account);
  }

  private async signIn(manager: EntityManager, user: UserEntity, client: ClientContext): Promise<RegistrationOutcome & SignedIn> {
    return { kind: 'signed-in', user, sessionToken: await this.sessions.start(user.id, client.userAgent, manager) };
  }

  /** Two registrations of one address at once: the one that loses the race is told the address is taken. */
  private async refusingTakenEmail<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw conflict(EMAIL_TAKEN);
      throw error;
    }
  }

  /**
   * Without SMTP nothing is sent, and the development mailbox shows only a signed-in person's own mail, which
   * someone still registering cannot read. So outside production the link is logged, once, for the developer.
   */
  private showLinkWithoutMail(email: string, link: string): void {
    if (this.config.env === 'production' || this.config.smtpUrl) return;
    this.logger.log(`SMTP_URL is not set: the link to finish registering ${email} is ${link}`);
  }
}
