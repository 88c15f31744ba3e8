import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { ReliabilityModule } from '../reliability/reliability.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { UsersModule } from '../users/users.module.js';
import { VideoModule } from '../video/video.module.js';
import { AttendanceProbe, RoomAttendanceProbe } from './attendance-probe.js';
import { StandbyController } from './standby.controller.js';
import { StandbyEntryEntity, StandbyOfferEntity } from './standby.entities.js';
import { StandbyOffersService } from './standby-offers.service.js';
import { StandbyRepository } from './standby.repository.js';
import { StandbyService } from './standby.service.js';

/** Standby: the list of candidates who can step in, and the seats offered to them when a partner does not come. */
@Module({
  imports: [
    TypeOrmModule.forFeature([StandbyEntryEntity, StandbyOfferEntity]),
    CohortsModule,
    SchedulingModule,
    NotificationsModule,
    RealtimeModule,
    ReliabilityModule,
    UsersModule,
    VideoModule,
  ],
  controllers: [StandbyController],
  providers: [
    StandbyRepository,
    StandbyService,
    StandbyOffersService,
    { provide: AttendanceProbe, useClass: RoomAttendanceProbe },
  ],
  exports: [StandbyService],
})
export class StandbyModule {}
