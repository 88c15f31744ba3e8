import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FeedbackModule } from '../feedback/feedback.module.js';
import { QuestionsModule } from '../questions/questions.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { UsersModule } from '../users/users.module.js';
import { VideoModule } from '../video/video.module.js';
import { RoomCallService } from './room-call.service.js';
import { RoomController } from './room.controller.js';
import { RoomDaySource } from './room-day.js';
import { RoomLogEntity, RoomMessageEntity, RoomNoteEntity, RoomStateEntity } from './room.entities.js';
import { RoomChatRepository } from './room-chat.repository.js';
import { RoomChatService } from './room-chat.service.js';
import { RoomGateway } from './room.gateway.js';
import { RoomRepository } from './room.repository.js';
import { RoomLoaderService } from './room-loader.service.js';
import { RoomPresenceService } from './room-presence.service.js';
import { RoomService } from './room.service.js';
import { RoomSummaryService } from './room-summary.service.js';
import { RoomViewsService } from './room-views.service.js';

/** The live interview room: its state over socket.io, its log and notes, and the summary after it. */
@Module({
  imports: [
    TypeOrmModule.forFeature([RoomStateEntity, RoomLogEntity, RoomNoteEntity, RoomMessageEntity]),
    SchedulingModule,
    QuestionsModule,
    RealtimeModule,
    VideoModule,
    FeedbackModule,
    UsersModule,
  ],
  controllers: [RoomController],
  providers: [
    RoomRepository,
    RoomLoaderService,
    RoomViewsService,
    RoomPresenceService,
    RoomService,
    RoomCallService,
    RoomChatRepository,
    RoomChatService,
    RoomSummaryService,
    RoomGateway,
    RoomDaySource,
  ],
  exports: [RoomSummaryService, RoomDaySource, RoomChatService],
})
export class RoomModule {}
