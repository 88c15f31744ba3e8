import { Controller, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { routes, type EndpointResponse } from '@rounds/shared';
import { DataSource } from 'typeorm';
import { notFound } from '../common/problem.js';
import { Route } from '../common/route.decorators.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { Actor } from '../auth/actor.decorator.js';
import type { UserEntity } from '../users/user.entity.js';

type DevMailbox = EndpointResponse<typeof routes.devMailbox>;

interface Row {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  has_invite: boolean;
  created_at: Date;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
  failed_at: Date | null;
}

/** A development aid: what the outbox holds, so invitations and notices can be read without an SMTP server. */
@Controller()
export class DevMailboxController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  @Route(routes.devMailbox)
  async mailbox(@Actor() actor: UserEntity): Promise<DevMailbox> {
    if (this.config.env === 'production') throw notFound('The development mailbox is not available in production.');
    // Only the signed-in person's own mail: other people's messages hold live invitation links.
    const rows: Row[] = await this.db.query(
      `SELECT id, kind, to_address, subject, text_body, ics IS NOT NULL AS has_invite, created_at, sent_at, attempts, last_error, failed_at
       FROM outbox_messages WHERE to_address = $1 ORDER BY created_at DESC, id LIMIT 100`,
      [actor.email],
    );
    return {
      delivery: this.dispatcher.delivering ? 'smtp' : 'outbox-only',
      messages: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        hasInvite: row.has_invite,
        createdAt: row.created_at.toISOString(),
        sentAt: row.sent_at?.toISOString() ?? null,
        attempts: row.attempts,
        lastError: row.last_error,
        failedAt: row.failed_at?.toISOString() ?? null,
      })),
    };
  }
}
