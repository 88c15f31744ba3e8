import { Module } from '@nestjs/common';
import { DevMailboxController } from './dev-mailbox.controller.js';
import { DevMailboxService } from './dev-mailbox.service.js';
import { JobQueue } from './job-queue.service.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { OutboxService } from './outbox.service.js';
import { RemindersService } from './reminders.service.js';
import { SessionInvites } from './session-invites.service.js';

/**
 * E-mail: the transactional outbox, its SMTP dispatcher, calendar invites, session reminders (pg-boss jobs)
 * and the development mailbox.
 */
@Module({
  controllers: [DevMailboxController],
  providers: [OutboxService, OutboxDispatcher, JobQueue, RemindersService, SessionInvites, DevMailboxService],
  exports: [OutboxService, RemindersService, SessionInvites, JobQueue],
})
export class NotificationsModule {}
