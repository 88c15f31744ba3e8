import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface OutgoingMessage {
  kind: string;
  toAddress: string;
  subject: string;
  textBody: string;
  metadata?: Record<string, unknown>;
  /** An iCalendar invite to send along (text/calendar with its METHOD), or nothing. */
  ics?: string | null;
}

/** What the outbox holds right now, for monitoring. */
export interface OutboxBacklog {
  /** Messages neither sent nor given up on (waiting, or between retries). */
  undelivered: number;
  /** Messages given up on after MAIL_MAX_ATTEMPTS. */
  failed: number;
  /** Age of the oldest undelivered message in seconds; 0 when there is none. */
  oldestUndeliveredSeconds: number;
}

/** Queues e-mail in the caller's transaction; the dispatcher delivers it over SMTP from the same table. */
@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async enqueue(manager: EntityManager, message: OutgoingMessage): Promise<void> {
    await this.enqueueMany(manager, [message]);
  }

  /** Queues many messages with one statement (an interview day's invites), in the caller's transaction. */
  async enqueueMany(manager: EntityManager, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await manager.query(
      `INSERT INTO outbox_messages (kind, to_address, subject, text_body, metadata, ics)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[])`,
      [
        messages.map((m) => m.kind),
        messages.map((m) => m.toAddress),
        // A subject is one header line: whatever a name contained, no line break reaches it.
        messages.map((m) => m.subject.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()),
        messages.map((m) => m.textBody),
        messages.map((m) => JSON.stringify(m.metadata ?? {})),
        messages.map((m) => m.ics ?? null),
      ],
    );
  }

  /** Whether a message of this kind whose metadata contains `metadata` is already queued (or sent). */
  async hasQueued(manager: EntityManager, kind: string, metadata: Record<string, unknown>): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM outbox_messages WHERE kind = $1 AND metadata @> $2::jsonb LIMIT 1`,
      [kind, JSON.stringify(metadata)],
    );
    return rows.length > 0;
  }

  /** Counts for monitoring; the undelivered ones are read through the partial index the dispatcher uses. */
  async backlog(): Promise<OutboxBacklog> {
    const [row] = await this.db.query<{ undelivered: string; failed: string; oldest: number | null }[]>(
      `SELECT
         (SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL) AS undelivered,
         (SELECT count(*) FROM outbox_messages WHERE failed_at IS NOT NULL) AS failed,
         (SELECT extract(epoch FROM now() - min(created_at))::float8 FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL) AS oldest`,
    );
    return {
      undelivered: Number(row.undelivered),
      failed: Number(row.failed),
      oldestUndeliveredSeconds: Math.max(0, row.oldest ?? 0),
    };
  }
}
