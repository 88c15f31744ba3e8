import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Access } from '@rounds/shared';
import { ACCESS_METADATA, WITHOUT_SESSION_METADATA } from '../common/route.decorators.js';
import type { RequestWithUser } from '../common/actor.decorator.js';
import { unauthorized } from '../common/problem.js';
import { SESSION_COOKIE, AuthSessionsService } from './auth-sessions.service.js';

/** Resolves the session cookie on every request; routes whose contract says "signed-in" need one. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: AuthSessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const access = this.reflector.get<Access | undefined>(ACCESS_METADATA, context.getHandler());
    if (access !== 'signed-in' && this.reflector.get<boolean | undefined>(WITHOUT_SESSION_METADATA, context.getHandler()))
      return true;
    const user = await this.sessions.resolve(request.cookies?.[SESSION_COOKIE]);
    if (user) request.user = user;
    if (access === 'signed-in' && !user) {
      throw unauthorized('You are not signed in, or your session has expired: sign in to continue.');
    }
    return true;
  }
}
