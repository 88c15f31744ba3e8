import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message waiting to be delivered. Written in the same transaction as the change that
 * causes it (transactional outbox), so a message is never lost nor sent for a rolled-back change.
 */
@Entity({ name: 'outbox_messages' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ type: 'jsonb', default: {} })
  metadata!: Record<string, unknown>;

  /** An iCalendar invite (METHOD:REQUEST or CANCEL) sent with the message, or null. */
  @Column({ type: 'text', nullable: true })
  ics!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** When delivery may next try it: set forward while an instance holds it, and after each failure. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  /** When delivery gave up (after the last allowed attempt); the message is kept for inspection. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;
}
