import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity.js';

export interface OutgoingMessage {
  kind: string;
  toAddress: string;
  subject: string;
  textBody: string;
  metadata?: Record<string, unknown>;
  /** An iCalendar invite to send along (text/calendar with its METHOD), or nothing. */
  ics?: string | null;
}

/** Queues e-mail in the caller's transaction; the dispatcher delivers it over SMTP from the same table. */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, message: OutgoingMessage): Promise<void> {
    const repository = manager.getRepository(OutboxMessageEntity);
    // A subject is one header line: whatever a name contained, no line break reaches it.
    const subject = message.subject.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    await repository.save(repository.create({ ...message, subject, metadata: message.metadata ?? {}, ics: message.ics ?? null }));
  }

  /** Whether a message of this kind whose metadata contains `metadata` is already queued (or sent). */
  async hasQueued(manager: EntityManager, kind: string, metadata: Record<string, unknown>): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM outbox_messages WHERE kind = $1 AND metadata @> $2::jsonb LIMIT 1`, [
      kind,
      JSON.stringify(metadata),
    ]);
    return rows.length > 0;
  }
}
