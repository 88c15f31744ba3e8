import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AvailabilityExceptionEntity,
  AvailabilityWindowEntity,
  SessionEntity,
  SessionParticipantEntity,
} from './scheduling.entities.js';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { QuestionsModule } from '../questions/questions.module.js';
import { UsersModule } from '../users/users.module.js';
import { AvailabilityService } from './availability.service.js';
import { BookingService } from './booking.service.js';
import { InterviewSessionsService } from './interview-sessions.service.js';
import { SchedulingController } from './scheduling.controller.js';
import { PeerStartChecks } from './peer-start-checks.service.js';
import { SessionLifecycleService } from './session-lifecycle.service.js';
import { SessionNotices } from './session-notices.service.js';
import { SessionRemindersService } from './session-reminders.service.js';
import { SessionsRepository } from './sessions.repository.js';

/** Availability, booking, the session lifecycle and its notices, reminders and start checks. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AvailabilityWindowEntity, AvailabilityExceptionEntity, SessionEntity, SessionParticipantEntity]),
    CohortsModule,
    QuestionsModule,
    NotificationsModule,
    UsersModule,
  ],
  controllers: [SchedulingController],
  providers: [
    SessionsRepository,
    AvailabilityService,
    InterviewSessionsService,
    BookingService,
    SessionLifecycleService,
    SessionNotices,
    SessionRemindersService,
    PeerStartChecks,
  ],
  exports: [AvailabilityService, InterviewSessionsService, BookingService, SessionLifecycleService, PeerStartChecks],
})
export class SchedulingModule {}
