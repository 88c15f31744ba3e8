import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity.js';

export interface OutgoingMessage {
  kind: string;
  toAddress: string;
  subject: string;
  textBody: string;
  metadata?: Record<string, unknown>;
}

/** Queues e-mail in the caller's transaction; delivery over SMTP reads the same table. */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, message: OutgoingMessage): Promise<void> {
    const repository = manager.getRepository(OutboxMessageEntity);
    // A subject is one header line: whatever a name contained, no line break reaches it.
    const subject = message.subject.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    await repository.save(repository.create({ ...message, subject, metadata: message.metadata ?? {} }));
  }
}
