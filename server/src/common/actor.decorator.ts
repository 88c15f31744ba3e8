import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { UserEntity } from '../users/user.entity.js';
import { unauthorized } from './problem.js';

/** A request after the session guard: `user` is the signed-in person, when there is one. */
export interface RequestWithUser extends Request {
  user?: UserEntity;
}

/** The signed-in user making the request; services decide what that user may do. */
export const Actor = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const user = context.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw unauthorized();
  return user;
});

/** The signed-in user when the request carries a valid session, otherwise undefined: for public routes. */
export const OptionalActor = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<RequestWithUser>().user,
);
