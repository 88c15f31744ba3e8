import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EXPERIENCE_LEVELS,
  QUESTION_FAMILIES,
  type CandidateQuestion,
  type InterviewerQuestion,
  type QuestionContent,
  type QuestionFilter,
  type QuestionView,
  type Role,
} from '@rounds/shared';
import { DataSource } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { forbidden } from '../common/problem.js';
import type { UserEntity } from '../users/user.entity.js';
import { VersionedContentStore, type ContentRow, type CurrentContentRow } from './versioned-content.store.js';

export type QuestionRow = ContentRow<QuestionContent>;

const INTERVIEWING_ROLES: Role[] = ['mentor', 'coordinator'];

/**
 * Who gets the interviewer's guide. Built-in content: anyone who mentors or coordinates somewhere.
 * A cohort's own content: only its own mentors and coordinators, so holding a role in one cohort never
 * opens another cohort's guides to someone who is only a candidate there.
 */
export class InterviewerAccess {
  constructor(
    private readonly actor: UserEntity,
    readonly memberships: Map<string, Role[]>,
  ) {}

  get accountWide(): boolean {
    return this.actor.roles.some((role) => INTERVIEWING_ROLES.includes(role));
  }

  /** Cohorts where the actor may read guides. */
  get cohorts(): string[] {
    return [...this.memberships].filter(([, roles]) => roles.some((role) => INTERVIEWING_ROLES.includes(role))).map(([id]) => id);
  }

  for(cohortId: string | null): boolean {
    if (cohortId === null) return this.accountWide;
    return (this.memberships.get(cohortId) ?? []).some((role) => INTERVIEWING_ROLES.includes(role));
  }
}

function toInterviewerQuestion(row: QuestionRow): InterviewerQuestion {
  return { view: 'interviewer', ...provenanceOf(row), ...row.content };
}

export function toQuestionView(row: QuestionRow, interviewer: boolean): QuestionView {
  if (interviewer) return toInterviewerQuestion(row);
  const candidate: CandidateQuestion = {
    view: 'candidate',
    ...provenanceOf(row),
    family: row.content.family,
    prompt: row.content.prompt,
    tracks: row.content.tracks,
    targetSeconds: row.content.targetSeconds,
  };
  return candidate;
}

function provenanceOf(row: QuestionRow) {
  return {
    id: row.id,
    key: row.builtInKey,
    version: row.version,
    cohortId: row.cohortId,
    builtIn: row.cohortId === null,
    status: row.status,
    updatedAt: row.updatedAt.toISOString(),
  };
}

@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: VersionedContentStore,
    private readonly cohorts: CohortsService,
  ) {}

  async list(actor: UserEntity, filter: QuestionFilter): Promise<QuestionView[]> {
    const cohortIds = await this.cohorts.readableCohortIds(actor, filter.cohortId);
    const access = await this.accessOf(actor);
    const params: unknown[] = [cohortIds];
    const where = ['(r.cohort_id IS NULL OR r.cohort_id = ANY($1::uuid[]))'];
    const add = (clause: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (filter.includeRetired !== 'true') where.push(`r.status = 'active'`);
    if (filter.track) add((p) => `v.content->'tracks' ? ${p}`, filter.track);
    if (filter.persona) add((p) => `v.content->'personas' ? ${p}`, filter.persona);
    if (filter.competency) add((p) => `v.content->'competencies' ? ${p}`, filter.competency);
    if (filter.family) add((p) => `v.content->>'family' = ${p}`, filter.family);
    if (filter.level) {
      // Expectations are shared or per track. With a track, only that track's count (its own, else the
      // shared ones); without, any set does. A question with no expectations at all suits every level.
      const track = filter.track ? `$${params.push(filter.track)}` : null;
      const level = `$${params.push(filter.level)}`;
      const levels = `$${params.push([...EXPERIENCE_LEVELS])}::text[]`;
      const sets = track
        ? `(SELECT coalesce(v.content->'levelExpectationsByTrack'->${track}, v.content->'levelExpectations'))`
        : `(SELECT v.content->'levelExpectations' UNION ALL
            SELECT value FROM jsonb_each(coalesce(v.content->'levelExpectationsByTrack', '{}'::jsonb)))`;
      where.push(
        `(EXISTS (SELECT 1 FROM ${sets} AS e(x) WHERE e.x ? ${level}) OR NOT EXISTS (SELECT 1 FROM ${sets} AS e(x) WHERE e.x ?| ${levels}))`,
      );
    }
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      // The guide's text is searched only where the actor may read the guide.
      params.push(pattern, access.accountWide, access.cohorts);
      const [p, accountWide, guideCohorts] = [params.length - 2, params.length - 1, params.length].map((n) => `$${n}`);
      where.push(
        `(v.content->>'prompt' ILIKE ${p} OR ((CASE WHEN r.cohort_id IS NULL THEN ${accountWide}::boolean ELSE r.cohort_id = ANY(${guideCohorts}::uuid[]) END)
          AND (v.content->>'assesses' ILIKE ${p} OR v.content->>'frameworkHint' ILIKE ${p})))`,
      );
    }
    params.push([...QUESTION_FAMILIES]);
    const rows: CurrentContentRow<QuestionContent>[] = await this.db.query(
      `${this.store.currentSql('question')} WHERE ${where.join(' AND ')}
       ORDER BY array_position($${params.length}::text[], v.content->>'family'), r.cohort_id NULLS FIRST, r.built_in_key, r.created_at`,
      params,
    );
    return rows.map((raw) => {
      const row = this.store.toRow(raw);
      return toQuestionView(row, access.for(row.cohortId));
    });
  }

  async get(actor: UserEntity, questionId: string): Promise<QuestionView> {
    const access = await this.accessOf(actor);
    const row = this.store.requireVisible(
      'question',
      await this.store.find<QuestionContent>(this.db.manager, 'question', questionId),
      [...access.memberships.keys()],
    );
    return toQuestionView(row, access.for(row.cohortId));
  }

  async accessOf(actor: UserEntity): Promise<InterviewerAccess> {
    return new InterviewerAccess(actor, await this.cohorts.membershipsOf(actor));
  }

  async create(actor: UserEntity, cohortId: string, content: QuestionContent): Promise<InterviewerQuestion> {
    await this.cohorts.requireCoordinator(actor, cohortId);
    const id = await this.db.transaction((manager) =>
      this.store.insert(manager, 'question', { cohortId, createdBy: actor.id }, content),
    );
    return toInterviewerQuestion((await this.store.find<QuestionContent>(this.db.manager, 'question', id))!);
  }

  /** Saves a new version (only when something changed); past versions stay for snapshots and history. */
  async update(actor: UserEntity, questionId: string, content: QuestionContent): Promise<InterviewerQuestion> {
    // Permissions first, outside the transaction: it then holds one connection and one row lock only.
    const row = await this.readable(actor, questionId);
    await this.cohorts.requireCoordinator(actor, this.store.requireEditable('question', row));
    await this.db.transaction(async (manager) => {
      const locked = await this.store.find<QuestionContent>(manager, 'question', questionId, true);
      await this.store.appendVersion(manager, 'question', locked!, content, actor.id);
    });
    return toInterviewerQuestion((await this.store.find<QuestionContent>(this.db.manager, 'question', questionId))!);
  }

  async clone(actor: UserEntity, questionId: string, cohortId: string): Promise<InterviewerQuestion> {
    const source = await this.readable(actor, questionId);
    await this.cohorts.requireCoordinator(actor, cohortId);
    if (!(await this.accessOf(actor)).for(source.cohortId)) {
      throw forbidden("Only this question's cohort mentors and coordinators can copy it: its guide is theirs.");
    }
    const id = await this.db.transaction((manager) =>
      this.store.insert(manager, 'question', { cohortId, clonedFrom: source.id, createdBy: actor.id }, source.content),
    );
    return toInterviewerQuestion((await this.store.find<QuestionContent>(this.db.manager, 'question', id))!);
  }

  async retire(actor: UserEntity, questionId: string): Promise<InterviewerQuestion> {
    const row = await this.readable(actor, questionId);
    await this.cohorts.requireCoordinator(actor, this.store.requireEditable('question', row));
    await this.store.setStatus(this.db.manager, 'question', questionId, 'retired');
    return toInterviewerQuestion((await this.store.find<QuestionContent>(this.db.manager, 'question', questionId))!);
  }

  private async readable(actor: UserEntity, questionId: string): Promise<QuestionRow> {
    const row = await this.store.find<QuestionContent>(this.db.manager, 'question', questionId);
    return this.store.requireVisible('question', row, await this.cohorts.cohortIdsOf(actor));
  }
}
