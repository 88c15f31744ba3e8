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
import { SessionHooks } from './session-hooks.js';
import { SessionNotices } from './session-notices.service.js';
import { SessionProgressService } from './session-progress.service.js';
import { SessionRemindersService } from './session-reminders.service.js';
import { SessionsRepository } from './sessions.repository.js';

/**
 * Availability, booking, the session lifecycle and its notices and reminders; SessionHooks and
 * SessionProgressService let the room's features (video attendance) follow and move sessions on.
 */
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
    SessionHooks,
    SessionProgressService,
  ],
  exports: [
    AvailabilityService,
    InterviewSessionsService,
    BookingService,
    SessionLifecycleService,
    PeerStartChecks,
    SessionHooks,
    SessionProgressService,
  ],
})
export class SchedulingModule {}
