import { Module } from '@nestjs/common';
import { routes } from '@rounds/shared';
import express from 'express';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { AttendanceRepository } from './attendance.repository.js';
import { AttendanceService } from './attendance.service.js';
import { CallIceServersService } from './call-ice-servers.service.js';
import { LiveKit } from './livekit.js';
import { NoShowChecks } from './no-show-checks.service.js';
import { VideoController } from './video.controller.js';
import { VideoRoomsService } from './video-rooms.service.js';
import { VideoTokensService } from './video-tokens.service.js';
import { VideoWebhooksService } from './video-webhooks.service.js';

/**
 * The webhook's body parser: raw bytes of any content type (LiveKit sends application/webhook+json), because
 * the signature is over them. Mounted on the webhook's path before the JSON parser, which then skips the body.
 */
export const livekitWebhookBody = express.raw({ type: () => true, limit: routes.livekitWebhook.maxBodyBytes });

/**
 * Video with LiveKit: tokens for a session's room, LiveKit's webhooks, and attendance (which also moves a
 * session to live, completed or no-show). AttendanceService is exported for the room's socket, which reports
 * presence on a server without LiveKit; VideoRoomsService for standby, which takes a replaced person out.
 */
@Module({
  imports: [SchedulingModule, NotificationsModule],
  controllers: [VideoController],
  providers: [
    LiveKit,
    AttendanceRepository,
    AttendanceService,
    NoShowChecks,
    VideoRoomsService,
    VideoTokensService,
    VideoWebhooksService,
    CallIceServersService,
  ],
  exports: [AttendanceService, VideoRoomsService],
})
export class VideoModule {}
