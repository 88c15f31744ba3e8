import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { CohortFeedbackService } from './cohort-feedback.service.js';
import { FeedbackClock } from './feedback-clock.js';
import { FeedbackController } from './feedback.controller.js';
import { FeedbackFormsService } from './feedback-forms.service.js';
import { FeedbackRemindersService } from './feedback-reminders.service.js';
import { FeedbackRepository } from './feedback.repository.js';
import { FeedbackSessionsService } from './feedback-sessions.service.js';
import { FollowUpService } from './follow-up.service.js';
import { InterviewerScoresService } from './interviewer-scores.service.js';
import { ProgressService } from './progress.service.js';
import { RoomRecordSource } from './room-record.js';

/** Scored feedback both ways, its release, progress over time, the coordinator's view and the follow-up coach. */
@Module({
  imports: [SchedulingModule, NotificationsModule],
  controllers: [FeedbackController],
  providers: [
    FeedbackRepository,
    FeedbackClock,
    RoomRecordSource,
    FeedbackSessionsService,
    FeedbackFormsService,
    ProgressService,
    CohortFeedbackService,
    FollowUpService,
    FeedbackRemindersService,
    InterviewerScoresService,
  ],
  exports: [RoomRecordSource, FeedbackRemindersService, InterviewerScoresService, FeedbackFormsService],
})
export class FeedbackModule {}
