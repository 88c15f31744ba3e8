import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortEntity, CohortMemberEntity, InvitationEntity } from './cohort.entity.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReliabilityModule } from '../reliability/reliability.module.js';
import { UsersModule } from '../users/users.module.js';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([CohortEntity, CohortMemberEntity, InvitationEntity]),
    UsersModule,
    NotificationsModule,
    ReliabilityModule,
  ],
  controllers: [CohortsController, InvitationsController],
  providers: [CohortsService, InvitationsService],
  exports: [CohortsService, InvitationsService],
})
export class CohortsModule {}
