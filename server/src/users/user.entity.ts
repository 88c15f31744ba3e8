import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ExperienceLevel, ExtraTime, Persona, Role, Track } from '@rounds/shared';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ type: 'text', nullable: true })
  track!: Track | null;

  @Column({ name: 'experience_level', type: 'text', nullable: true })
  experienceLevel!: ExperienceLevel | null;

  @Column({ type: 'text', nullable: true })
  specialty!: string | null;

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  /** Mentors: the interviewer personas they can play. */
  @Column({ name: 'interviewer_personas', type: 'text', array: true, default: () => `'{}'` })
  interviewerPersonas!: Persona[];

  /** Mentors: the most sessions they take in one week. */
  @Column({ name: 'weekly_capacity', type: 'integer', default: 3 })
  weeklyCapacity!: number;

  /** Accommodations (see shared/src/accommodations): the settings only, never a reason. */
  @Column({ name: 'extra_time', type: 'real', default: 1 })
  extraTime!: ExtraTime;

  @Column({ name: 'audio_only', type: 'boolean', default: false })
  audioOnly!: boolean;

  @Column({ name: 'reduced_motion', type: 'boolean', default: false })
  reducedMotion!: boolean;

  @Column({ name: 'timer_announcements', type: 'boolean', default: false })
  timerAnnouncements!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Set when the account was deleted: the row stays, emptied, as "a former member" (see UsersService.anonymise). */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true, select: false })
  deletedAt!: Date | null;
}
