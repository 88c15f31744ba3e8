import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { unauthorized } from '../common/problem.js';
import type { RequestWithUser } from './session.guard.js';

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
