import { Controller, Headers, HttpStatus, Req, Res } from '@nestjs/common';
import { routes, type ConfirmationSent, type ValidatedBody } from '@rounds/shared';
import type { Request, Response } from 'express';
import { ClientAddress, Route, ValidBody } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { toUserDto, UsersService } from '../users/users.service.js';
import { Actor, OptionalActor } from '../common/actor.decorator.js';
import { AuthService, type SignedIn } from './auth.service.js';
import { RegistrationService } from './registration.service.js';
import { SESSION_COOKIE, AuthSessionsService } from './auth-sessions.service.js';

@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly registration: RegistrationService,
    private readonly users: UsersService,
    private readonly sessions: AuthSessionsService,
  ) {}

  @Route(routes.register)
  async register(
    @ValidBody(routes.register) body: ValidatedBody<typeof routes.register>,
    @ClientAddress() address: string,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.registration.register(body, { address, userAgent });
    if (outcome.kind === 'signed-in') return this.signIn(response, outcome);
    // The contract's alternative success (routes.register.alternative): nothing is signed in yet.
    response.status(HttpStatus.ACCEPTED);
    return { status: 'confirmation_sent', email: outcome.email } satisfies ConfirmationSent;
  }

  @Route(routes.confirmRegistration)
  async confirmRegistration(
    @ValidBody(routes.confirmRegistration) body: ValidatedBody<typeof routes.confirmRegistration>,
    @ClientAddress() address: string,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.signIn(response, await this.registration.confirm(body, { address, userAgent }));
  }

  @Route(routes.login)
  async login(
    @ValidBody(routes.login) body: ValidatedBody<typeof routes.login>,
    @ClientAddress() address: string,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.signIn(response, await this.auth.login(body, { address, userAgent }));
  }

  @Route(routes.logout)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(request.cookies?.[SESSION_COOKIE]);
    response.clearCookie(SESSION_COOKIE, this.sessions.cookieOptions);
  }

  @Route(routes.session)
  session(@OptionalActor() actor: UserEntity | undefined) {
    return { user: actor ? toUserDto(actor) : null };
  }

  @Route(routes.me)
  me(@Actor() actor: UserEntity) {
    return toUserDto(actor);
  }

  @Route(routes.updateMe)
  async updateMe(@Actor() actor: UserEntity, @ValidBody(routes.updateMe) body: ValidatedBody<typeof routes.updateMe>) {
    return toUserDto(await this.users.updateProfile(actor, body));
  }

  private signIn(response: Response, { user, sessionToken }: SignedIn) {
    response.cookie(SESSION_COOKIE, sessionToken, { ...this.sessions.cookieOptions, maxAge: this.sessions.ttlMs });
    return toUserDto(user);
  }
}
