import type { Track } from '@rounds/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A candidate's window of time in which they can step into a peer session of their cohort and track. */
@Entity({ name: 'standby_entries' })
export class StandbyEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @Column({ type: 'text' })
  track!: Track;

  /** [from, to) as a tstzrange; an exclusion constraint refuses two overlapping windows of one person in one cohort. */
  @Column({ type: 'tstzrange' })
  available!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One seat (session, absent participant) offered to one person on standby; at most one offer per seat is accepted. */
@Entity({ name: 'standby_offers' })
export class StandbyOfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'absent_user_id', type: 'uuid' })
  absentUserId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** Null once the person left the standby list: the offer can no longer be accepted. */
  @Column({ name: 'entry_id', type: 'uuid', nullable: true })
  entryId!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
