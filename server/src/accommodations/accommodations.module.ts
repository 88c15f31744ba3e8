import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccommodationsController } from './accommodations.controller.js';
import { AccommodationsService } from './accommodations.service.js';

/** Accommodations on a person's profile: who may set them. The settings live on the person (UsersService). */
@Module({
  imports: [UsersModule, CohortsModule],
  controllers: [AccommodationsController],
  providers: [AccommodationsService],
})
export class AccommodationsModule {}
