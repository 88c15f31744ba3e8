import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loginRequestSchema, registerRequestSchema, type Role } from '@rounds/shared';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { InvitationsService } from '../cohorts/invitations.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { isUniqueViolation } from '../database/pg-errors.js';
import { conflict, forbidden, unauthorized } from '../common/problem.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';

export interface ClientContext {
  address: string;
  userAgent?: string;
}

export interface SignedIn {
  user: UserEntity;
  sessionToken: string;
}

const EMAIL_TAKEN = 'An account with this e-mail address already exists: sign in instead.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottleService,
  ) {}

  /**
   * Creates an account and signs it in. Through an invitation the person joins its cohort with its
   * role; without one, registration must be open and the account is a candidate's — except the very
   * first account of a new deployment, which also becomes its coordinator.
   */
  async register(request: z.output<typeof registerRequestSchema>, client: ClientContext): Promise<SignedIn> {
    if (!request.invitationToken && !this.config.openRegistration) {
      throw forbidden('Registration is by invitation only: open the link your coordinator sent you.');
    }
    await this.throttle.reserveRegistration(client.address);
    const passwordHash = await this.hasher.hash(request.password);
    try {
      return await this.db.transaction(async (manager) => {
        let roles: Role[];
        if (request.invitationToken) {
          const invitation = await this.invitations.requireOpen(manager, request.invitationToken, request.email);
          roles = [invitation.role];
        } else {
          // Serialise open registrations so exactly one account can be the first.
          await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rounds:open-registration'))`);
          const [{ count }]: { count: number }[] = await manager.query(`SELECT count(*)::int AS count FROM users`);
          roles = count === 0 ? ['coordinator', 'candidate'] : ['candidate'];
        }
        if (await this.users.emailTaken(request.email, manager)) throw conflict(EMAIL_TAKEN);
        const user = await this.users.create(manager, {
          email: request.email,
          passwordHash,
          displayName: request.displayName,
          timeZone: request.timeZone,
          track: request.track ?? null,
          experienceLevel: request.experienceLevel ?? null,
          roles,
        });
        if (request.invitationToken) await this.invitations.redeem(manager, request.invitationToken, user);
        const sessionToken = await this.sessions.start(user.id, client.userAgent, manager);
        return { user, sessionToken };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw conflict(EMAIL_TAKEN);
      throw error;
    }
  }

  async login(request: z.output<typeof loginRequestSchema>, client: ClientContext): Promise<SignedIn> {
    await this.throttle.reserveSignIn(client.address, request.email);
    const user = await this.users.findForLogin(request.email);
    const valid = await this.hasher.verify(user?.passwordHash, request.password);
    if (!user || !valid) throw unauthorized('The e-mail address or password is not right.');
    await this.throttle.signedIn(client.address, request.email);
    const sessionToken = await this.sessions.start(user.id, client.userAgent);
    return { user, sessionToken };
  }

  logout(sessionToken: string | undefined): Promise<void> {
    return this.sessions.end(sessionToken);
  }
}
