import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccommodationsModule } from './accommodations/accommodations.module.js';
import { AccountModule } from './account/account.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CohortsModule } from './cohorts/cohorts.module.js';
import { ProblemFilter } from './common/problem.filter.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.js';
import { dataSourceOptions } from './database/database.js';
import { DemoModule } from './demo/demo.module.js';
import { FeedbackModule } from './feedback/feedback.module.js';
import { HealthModule } from './health/health.module.js';
import { InterviewDaysModule } from './interview-days/interview-days.module.js';
import { LifecycleModule } from './lifecycle/lifecycle.module.js';
import { MatchingModule } from './matching/matching.module.js';
import { StandbyModule } from './standby/standby.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { QuestionsModule } from './questions/questions.module.js';
import { RoomModule } from './room/room.module.js';
import { SchedulingModule } from './scheduling/scheduling.module.js';
import { UsersModule } from './users/users.module.js';
import { VideoModule } from './video/video.module.js';

@Module({})
export class AppModule {
  /** `databaseUrl` is the resolved one: the configured server, or the embedded one started by main. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        HealthModule,
        UsersModule,
        AuthModule,
        AccountModule,
        CohortsModule,
        AccommodationsModule,
        NotificationsModule,
        QuestionsModule,
        SchedulingModule,
        MatchingModule,
        RoomModule,
        FeedbackModule,
        StandbyModule,
        InterviewDaysModule,
        VideoModule,
        DemoModule,
        MetricsModule,
        LifecycleModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
