import type { ExperienceLevel, PracticeCancelReason, Track } from '@rounds/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type PracticeTicketStatus = 'waiting' | 'matched' | 'cancelled';

/** One person waiting (or having waited) in the instant practice queue. */
@Entity({ name: 'practice_tickets' })
export class PracticeTicketEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @Column({ type: 'text' })
  track!: Track;

  @Column({ type: 'text' })
  level!: ExperienceLevel;

  @Column({ type: 'text', default: 'waiting' })
  status!: PracticeTicketStatus;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  /** The owner's reliability rank when they joined (0 reliable … 2 repeated no-shows): the line is ordered by it. */
  @Column({ name: 'standing_rank', type: 'smallint', default: 0 })
  standingRank!: number;

  /** While true the ticket is not matched: its owner (repeated no-shows) has not confirmed they are ready. */
  @Column({ name: 'awaiting_confirmation', type: 'boolean', default: false })
  awaitingConfirmation!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  /** Lease: refreshed while a server holds a connection of this person; stale waiting tickets expire. */
  @Column({ name: 'seen_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  seenAt!: Date;

  @Column({ name: 'matched_at', type: 'timestamptz', nullable: true })
  matchedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: PracticeCancelReason | null;
}
