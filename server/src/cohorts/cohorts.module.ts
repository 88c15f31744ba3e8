import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { UsersModule } from '../users/users.module.js';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';

@Module({
  imports: [UsersModule, NotificationsModule],
  controllers: [CohortsController, InvitationsController],
  providers: [CohortsService, InvitationsService],
  exports: [CohortsService, InvitationsService],
})
export class CohortsModule {}
