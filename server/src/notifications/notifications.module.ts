import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { DevMailboxController } from './dev-mailbox.controller.js';
import { DevMailboxService } from './dev-mailbox.service.js';
import { JobQueue } from './job-queue.service.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { OutboxService } from './outbox.service.js';
import { SessionInvites } from './session-invites.service.js';

/**
 * E-mail and background jobs: the transactional outbox, its SMTP dispatcher, calendar invites, the pg-boss job
 * queue and the development mailbox. What a message says is its feature's business (scheduling writes session
 * notices and reminders).
 */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity])],
  controllers: [DevMailboxController],
  providers: [OutboxService, OutboxDispatcher, JobQueue, SessionInvites, DevMailboxService],
  exports: [OutboxService, SessionInvites, JobQueue],
})
export class NotificationsModule {}
