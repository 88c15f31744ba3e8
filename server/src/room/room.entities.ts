import type { RoomActionType, RoomPhase, RoomState } from '@rounds/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A session's live room: the reducer's state and its version (the migration keeps both equal). */
@Entity({ name: 'room_states' })
export class RoomStateEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'jsonb' })
  state!: RoomState;

  @Column({ type: 'integer' })
  version!: number;

  /** Peer sessions: the second half's script snapshot. */
  @Column({ name: 'second_snapshot_id', type: 'uuid', nullable: true })
  secondSnapshotId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** One accepted action (RoomLogEntry in shared). */
@Entity({ name: 'room_log' })
export class RoomLogEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid' })
  by!: string;

  @Column({ type: 'text' })
  type!: RoomActionType;

  @Column({ type: 'smallint' })
  half!: 1 | 2;

  @Column({ type: 'text' })
  phase!: RoomPhase;

  @Column({ name: 'question_id', type: 'uuid', nullable: true })
  questionId!: string | null;

  @Column({ type: 'boolean' })
  revealed!: boolean;
}

/** An interviewer's private note on one question of a session. */
@Entity({ name: 'room_notes' })
export class RoomNoteEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'saved_at', type: 'timestamptz' })
  savedAt!: Date;
}

/** One message of a room's text chat, between the session's two participants. */
@Entity({ name: 'room_messages' })
export class RoomMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;
}
