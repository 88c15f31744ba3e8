import { Controller } from '@nestjs/common';
import { routes } from '@rounds/shared';
import { Actor } from '../common/actor.decorator.js';
import { Route } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { DevMailboxService } from './dev-mailbox.service.js';

@Controller()
export class DevMailboxController {
  constructor(private readonly mailbox: DevMailboxService) {}

  @Route(routes.devMailbox)
  mail(@Actor() actor: UserEntity) {
    return this.mailbox.mailOf(actor);
  }
}
