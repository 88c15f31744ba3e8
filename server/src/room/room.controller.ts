import { Controller } from '@nestjs/common';
import { routes } from '@rounds/shared';
import { Actor } from '../common/actor.decorator.js';
import { Route, UuidParam } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { RoomSummaryService } from './room-summary.service.js';

@Controller()
export class RoomController {
  constructor(private readonly room: RoomSummaryService) {}

  @Route(routes.roomSummary)
  summary(@Actor() actor: UserEntity, @UuidParam('sessionId') sessionId: string) {
    return this.room.summary(actor, sessionId);
  }
}
