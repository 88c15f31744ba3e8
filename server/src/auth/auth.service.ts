import { Injectable } from '@nestjs/common';
import { loginRequestSchema } from '@rounds/shared';
import type { z } from 'zod';
import { unauthorized } from '../common/problem.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { PasswordHasher } from './password-hasher.js';
import { AuthSessionsService } from './auth-sessions.service.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';

export interface ClientContext {
  address: string;
  userAgent?: string;
}

export interface SignedIn {
  user: UserEntity;
  sessionToken: string;
}

/** Signing in and out; creating accounts is {@link RegistrationService}'s. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: AuthSessionsService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottleService,
  ) {}

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
