import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { routes, type EndpointResponse } from '@rounds/shared';
import { DataSource } from 'typeorm';
import { notFound } from '../common/problem.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { UserEntity } from '../users/user.entity.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';

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

/** A development aid: the outbox as its recipient would read it, so mail can be checked without an SMTP server. */
@Injectable()
export class DevMailboxService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  /** Only the signed-in person's own mail: other people's messages hold live invitation links. */
  async mailOf(actor: UserEntity): Promise<DevMailbox> {
    if (this.config.env === 'production') throw notFound('The development mailbox is not available in production.');
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
