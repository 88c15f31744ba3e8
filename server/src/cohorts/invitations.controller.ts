import { Controller } from '@nestjs/common';
import { routes } from '@rounds/shared';
import { Actor } from '../common/actor.decorator.js';
import { Route, TokenParam } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { InvitationsService } from './invitations.service.js';

@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Route(routes.previewInvitation)
  preview(@TokenParam('token') token: string) {
    return this.invitations.preview(token);
  }

  @Route(routes.acceptInvitation)
  accept(@Actor() actor: UserEntity, @TokenParam('token') token: string) {
    return this.invitations.acceptAsSignedIn(actor, token);
  }
}
