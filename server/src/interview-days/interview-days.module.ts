import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { FeedbackModule } from '../feedback/feedback.module.js';
import { QuestionsModule } from '../questions/questions.module.js';
import { RoomModule } from '../room/room.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { VideoModule } from '../video/video.module.js';
import { DayBuilderService } from './day-builder.service.js';
import { DayChangesService } from './day-changes.service.js';
import { DayLiveService } from './day-live.service.js';
import { DayScoresService } from './day-scores.service.js';
import { InterviewDaysController } from './interview-days.controller.js';
import { InterviewDaysRepository } from './interview-days.repository.js';
import { InterviewDaysService } from './interview-days.service.js';

/**
 * Interview days: a circuit of stations built on scheduling's sessions, run on one clock in the live room
 * (connected through the room's RoomDaySource), watched live, and scored from feedback's interviewer forms.
 */
@Module({
  imports: [CohortsModule, QuestionsModule, SchedulingModule, RoomModule, VideoModule, FeedbackModule],
  controllers: [InterviewDaysController],
  providers: [
    InterviewDaysRepository,
    InterviewDaysService,
    DayBuilderService,
    DayChangesService,
    DayLiveService,
    DayScoresService,
  ],
})
export class InterviewDaysModule {}
