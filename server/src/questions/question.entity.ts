import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Shared shape of `questions` and `scripts`: identity, ownership and status; content lives in versions. */
abstract class VersionedContent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'built_in_key', type: 'text', nullable: true })
  builtInKey!: string | null;

  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId!: string | null;

  @Column({ name: 'current_version', type: 'integer', default: 1 })
  currentVersion!: number;

  @Column({ type: 'text', default: 'active' })
  status!: 'active' | 'retired';

  @Column({ name: 'cloned_from', type: 'uuid', nullable: true })
  clonedFrom!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'questions' })
export class QuestionEntity extends VersionedContent {}

@Entity({ name: 'scripts' })
export class ScriptEntity extends VersionedContent {}

/** Shared shape of `question_versions` and `script_versions`: one full copy of the content per edit. */
abstract class ContentVersion {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'question_versions' })
export class QuestionVersionEntity extends ContentVersion {
  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId!: string;
}

@Entity({ name: 'script_versions' })
export class ScriptVersionEntity extends ContentVersion {
  @PrimaryColumn({ name: 'script_id', type: 'uuid' })
  scriptId!: string;
}

@Entity({ name: 'script_snapshots' })
export class ScriptSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'script_id', type: 'uuid' })
  scriptId!: string;

  @Column({ name: 'script_version', type: 'integer' })
  scriptVersion!: number;

  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'question_proposals' })
export class QuestionProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: 'pending' | 'accepted' | 'rejected';

  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @Column({ name: 'question_id', type: 'uuid', nullable: true })
  questionId!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
