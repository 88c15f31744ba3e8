import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { QuestionsModule } from '../questions/questions.module.js';
import { AvailabilityService } from './availability.service.js';
import { SchedulingController } from './scheduling.controller.js';
import { SessionsService } from './sessions.service.js';

@Module({
  imports: [CohortsModule, QuestionsModule, NotificationsModule],
  controllers: [SchedulingController],
  providers: [AvailabilityService, SessionsService],
  exports: [AvailabilityService, SessionsService],
})
export class SchedulingModule {}
