import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ParticipantRole, Persona, SessionKind, SessionStatus, Track } from '@rounds/shared';

@Entity({ name: 'availability_windows' })
export class AvailabilityWindowEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'smallint' })
  weekday!: number;

  @Column({ name: 'start_minute', type: 'integer' })
  startMinute!: number;

  @Column({ name: 'end_minute', type: 'integer' })
  endMinute!: number;
}

@Entity({ name: 'availability_exceptions' })
export class AvailabilityExceptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** A calendar date in the owner's zone, "YYYY-MM-DD". */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  kind!: 'blocked' | 'extra';

  @Column({ name: 'start_minute', type: 'integer', nullable: true })
  startMinute!: number | null;

  @Column({ name: 'end_minute', type: 'integer', nullable: true })
  endMinute!: number | null;
}

@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId!: string | null;

  @Column({ type: 'text' })
  kind!: SessionKind;

  @Column({ type: 'text' })
  track!: Track;

  @Column({ type: 'text', array: true })
  personas!: Persona[];

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', default: 'scheduled' })
  status!: SessionStatus;

  @Column({ name: 'script_snapshot_id', type: 'uuid', nullable: true })
  scriptSnapshotId!: string | null;

  /** Rises on every change, so calendar invites update in place (iCalendar SEQUENCE). */
  @Column({ name: 'calendar_sequence', type: 'integer', default: 0 })
  calendarSequence!: number;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'session_participants' })
export class SessionParticipantEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: ParticipantRole;

  /** The session's time as a tstzrange; the exclusion constraint compares these. */
  @Column({ type: 'tstzrange' })
  during!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'no_show', type: 'boolean', default: false })
  noShow!: boolean;
}
