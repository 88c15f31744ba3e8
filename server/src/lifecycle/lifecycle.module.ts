import { Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { GracefulShutdown } from './graceful-shutdown.service.js';

/** Stopping an instance without dropping work: see GracefulShutdown (main.ts calls it on SIGTERM and SIGINT). */
@Module({ imports: [HealthModule, RealtimeModule], providers: [GracefulShutdown], exports: [GracefulShutdown] })
export class LifecycleModule {}
