import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthSessionEntity } from './auth-session.entity.js';
import { APP_GUARD } from '@nestjs/core';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { PasswordHasher } from './password-hasher.js';
import { PendingRegistrationsRepository } from './pending-registrations.repository.js';
import { RegistrationService } from './registration.service.js';
import { SessionGuard } from './session.guard.js';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import { AuthSessionsService } from './auth-sessions.service.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AuthSessionEntity]), UsersModule, CohortsModule, NotificationsModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    RegistrationService,
    PendingRegistrationsRepository,
    AuthSessionsService,
    AuthSessionsRepository,
    PasswordHasher,
    SignInThrottleService,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [PasswordHasher, AuthSessionsService, SignInThrottleService],
})
export class AuthModule {}
