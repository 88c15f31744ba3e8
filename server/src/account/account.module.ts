import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { FeedbackModule } from '../feedback/feedback.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { ReliabilityModule } from '../reliability/reliability.module.js';
import { RoomModule } from '../room/room.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { StandbyModule } from '../standby/standby.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccountController } from './account.controller.js';
import { AccountDeletionService } from './account-deletion.service.js';
import { AccountExportService } from './account-export.service.js';
import { AccountPasswordService } from './account-password.service.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import { PersonalDataRepository } from './personal-data.repository.js';

/** Accounts people can recover and leave: password change and reset, signing out everywhere, export, deletion. */
@Module({
  imports: [
    AuthModule,
    UsersModule,
    CohortsModule,
    SchedulingModule,
    FeedbackModule,
    StandbyModule,
    ReliabilityModule,
    RoomModule,
    NotificationsModule,
    RealtimeModule,
  ],
  controllers: [AccountController],
  providers: [
    AccountPasswordService,
    AccountDeletionService,
    AccountExportService,
    PasswordResetsRepository,
    PersonalDataRepository,
  ],
})
export class AccountModule {}
