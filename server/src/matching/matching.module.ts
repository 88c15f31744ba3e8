import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PracticeTicketEntity } from './practice-ticket.entity.js';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { ReliabilityModule } from '../reliability/reliability.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { UsersModule } from '../users/users.module.js';
import { PracticeGateway } from './practice.gateway.js';
import { PracticeLineService } from './practice-line.service.js';
import { PracticePairingService } from './practice-pairing.service.js';
import { PracticeQueueService } from './practice-queue.service.js';
import { PracticeTicketsRepository } from './practice-tickets.repository.js';
import { PracticeWork } from './practice-work.js';

/** Matching: the instant practice queue ("Practice now"). */
@Module({
  imports: [
    TypeOrmModule.forFeature([PracticeTicketEntity]),
    CohortsModule,
    SchedulingModule,
    RealtimeModule,
    UsersModule,
    ReliabilityModule,
  ],
  providers: [
    PracticeTicketsRepository,
    PracticeWork,
    PracticeLineService,
    PracticePairingService,
    PracticeQueueService,
    PracticeGateway,
  ],
  exports: [PracticeQueueService],
})
export class MatchingModule {}
