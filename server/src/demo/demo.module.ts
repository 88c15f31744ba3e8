import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoDataService } from './demo-data.service.js';

@Module({ imports: [UsersModule, CohortsModule, AuthModule], providers: [DemoDataService] })
export class DemoModule {}
