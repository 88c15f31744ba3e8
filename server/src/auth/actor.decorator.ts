import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { unauthorized } from '../common/problem.js';
import type { RequestWithUser } from './session.guard.js';

/** The signed-in user making the request; services decide what that user may do. */
export const Actor = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const user = context.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw unauthorized();
  return user;
});
