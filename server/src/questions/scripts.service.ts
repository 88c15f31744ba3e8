import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  scriptInputSchema,
  type QuestionContent,
  type ScriptDetail,
  type ScriptFilter,
  type ScriptSnapshot,
  type ScriptSummary,
  type Persona,
  type Track,
} from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { notFound } from '../common/problem.js';
import type { UserEntity } from '../users/user.entity.js';
import { InterviewerAccess, toQuestionView, type QuestionRow } from './questions.service.js';
import { invalidReference, VersionedContentStore, type ContentRow, type CurrentContentRow } from './versioned-content.store.js';

/** What a script version stores: its plan, with questions by id. */
export type ScriptContent = z.output<typeof scriptInputSchema>;
type ScriptRow = ContentRow<ScriptContent>;

@Injectable()
export class ScriptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: VersionedContentStore,
    private readonly cohorts: CohortsService,
  ) {}

  async list(actor: UserEntity, filter: ScriptFilter): Promise<ScriptSummary[]> {
    const cohortIds = await this.cohorts.readableCohortIds(actor, filter.cohortId);
    const params: unknown[] = [cohortIds];
    const where = ['(r.cohort_id IS NULL OR r.cohort_id = ANY($1::uuid[]))'];
    if (filter.includeRetired !== 'true') where.push(`r.status = 'active'`);
    if (filter.track) where.push(`v.content->>'track' = $${params.push(filter.track)}`);
    if (filter.persona) where.push(`v.content->>'persona' = $${params.push(filter.persona)}`);
    const rows: CurrentContentRow<ScriptContent>[] = await this.db.query(
      `${this.store.currentSql('script')} WHERE ${where.join(' AND ')}
       ORDER BY r.cohort_id NULLS FIRST, v.content->>'track', v.content->>'title'`,
      params,
    );
    return rows.map((raw) => toSummary(this.store.toRow(raw)));
  }

  async get(actor: UserEntity, scriptId: string): Promise<ScriptDetail> {
    return this.detail(actor, await this.readable(actor, scriptId));
  }

  async create(actor: UserEntity, cohortId: string, content: ScriptContent): Promise<ScriptDetail> {
    await this.cohorts.requireCoordinator(actor, cohortId);
    const id = await this.db.transaction(async (manager) => {
      await this.checkQuestions(manager, cohortId, content, null);
      return this.store.insert(manager, 'script', { cohortId, createdBy: actor.id }, content);
    });
    return this.get(actor, id);
  }

  async update(actor: UserEntity, scriptId: string, content: ScriptContent): Promise<ScriptDetail> {
    // Permissions first, outside the transaction: it then holds one connection and one row lock only.
    const cohortId = this.store.requireEditable('script', await this.readable(actor, scriptId));
    await this.cohorts.requireCoordinator(actor, cohortId);
    await this.db.transaction(async (manager) => {
      const locked = (await this.store.find<ScriptContent>(manager, 'script', scriptId, true))!;
      await this.checkQuestions(manager, cohortId, content, locked.content);
      await this.store.appendVersion(manager, 'script', locked, content, actor.id);
    });
    return this.get(actor, scriptId);
  }

  /** Copies a script into a cohort. Its questions come along as they are: built-ins stay shared. */
  async clone(actor: UserEntity, scriptId: string, cohortId: string): Promise<ScriptDetail> {
    const source = await this.readable(actor, scriptId);
    await this.cohorts.requireCoordinator(actor, cohortId);
    if (source.cohortId !== null && source.cohortId !== cohortId) {
      throw invalidReference('cohortId', "must be the script's own cohort: a cohort's scripts use its own questions");
    }
    const id = await this.db.transaction((manager) =>
      this.store.insert(
        manager,
        'script',
        { cohortId, clonedFrom: source.id, createdBy: actor.id },
        {
          ...source.content,
          title: `${source.content.title} (copy)`.slice(0, 120),
        },
      ),
    );
    return this.get(actor, id);
  }

  async retire(actor: UserEntity, scriptId: string): Promise<ScriptSummary> {
    const row = await this.readable(actor, scriptId);
    await this.cohorts.requireCoordinator(actor, this.store.requireEditable('script', row));
    await this.store.setStatus(this.db.manager, 'script', scriptId, 'retired');
    return toSummary((await this.store.find<ScriptContent>(this.db.manager, 'script', scriptId))!);
  }

  /**
   * Freezes the script's current version and the current version of each of its questions, and stores
   * the copy. Scheduling calls this when a session of `forCohortId` is booked, inside its own transaction.
   */
  async snapshot(manager: EntityManager, scriptId: string, forCohortId: string): Promise<ScriptSnapshot> {
    // A session may use a built-in or its own cohort's script, never another cohort's private one.
    const row = this.store.requireVisible('script', await this.store.find<ScriptContent>(manager, 'script', scriptId), [
      forCohortId,
    ]);
    const questions = await this.questionsById(
      manager,
      row.content.sections.flatMap((s) => s.questionIds),
    );
    const frozen = {
      scriptId: row.id,
      scriptVersion: row.version,
      title: row.content.title,
      track: row.content.track,
      persona: row.content.persona,
      ...(row.content.roleCard && { roleCard: row.content.roleCard }),
      ...(row.content.mode && { mode: row.content.mode }),
      ...(row.content.competencies && { competencies: row.content.competencies }),
      sections: row.content.sections.map((section) => ({
        section: section.section,
        minutes: section.minutes,
        questions: section.questionIds.map((id) => {
          const question = questions.get(id)!;
          return { questionId: question.id, version: question.version, ...question.content };
        }),
      })),
    };
    const [{ id, created_at }]: { id: string; created_at: Date }[] = await manager.query(
      `INSERT INTO script_snapshots (script_id, script_version, content) VALUES ($1, $2, $3) RETURNING id, created_at`,
      [row.id, row.version, JSON.stringify(frozen)],
    );
    return { id, takenAt: created_at.toISOString(), ...frozen };
  }

  /**
   * The script's heading when a session of `cohortId` may use it (the rule `snapshot` applies: a built-in or
   * the cohort's own), or null, so a caller checking many at once can name the one that fails.
   */
  async usableIn(
    scriptId: string,
    cohortId: string,
  ): Promise<{ id: string; title: string; track: Track; persona: Persona } | null> {
    const row = await this.store.find<ScriptContent>(this.db.manager, 'script', scriptId);
    try {
      this.store.requireVisible('script', row, [cohortId]);
    } catch {
      return null;
    }
    const { title, track, persona } = row!.content;
    return { id: row!.id, title, track, persona };
  }

  /** The built-in default script for a track and interviewer persona, if Rounds ships one. */
  async builtInScriptId(manager: EntityManager, track: Track, persona: Persona): Promise<string | undefined> {
    return (await this.store.findByKey(manager, 'script', `${track}.${persona}`))?.id;
  }

  async getSnapshot(snapshotId: string, manager: EntityManager = this.db.manager): Promise<ScriptSnapshot> {
    const rows: { id: string; content: Omit<ScriptSnapshot, 'id' | 'takenAt'>; created_at: Date }[] = await manager.query(
      `SELECT id, content, created_at FROM script_snapshots WHERE id = $1`,
      [snapshotId],
    );
    if (!rows[0]) throw notFound('There is no script snapshot with that id.');
    return { id: rows[0].id, takenAt: rows[0].created_at.toISOString(), ...rows[0].content };
  }

  private async readable(actor: UserEntity, scriptId: string): Promise<ScriptRow> {
    const row = await this.store.find<ScriptContent>(this.db.manager, 'script', scriptId);
    return this.store.requireVisible('script', row, await this.cohorts.cohortIdsOf(actor));
  }

  private async detail(actor: UserEntity, row: ScriptRow): Promise<ScriptDetail> {
    const interviewer = new InterviewerAccess(actor, await this.cohorts.membershipsOf(actor)).for(row.cohortId);
    const questions = await this.questionsById(
      this.db.manager,
      row.content.sections.flatMap((s) => s.questionIds),
    );
    return {
      ...toSummary(row),
      ...(row.content.roleCard && { roleCard: row.content.roleCard }),
      sections: row.content.sections.map((section) => ({
        section: section.section,
        minutes: section.minutes,
        questions: section.questionIds.flatMap((id) => {
          const question = questions.get(id);
          return question ? [toQuestionView(question, interviewer)] : [];
        }),
      })),
    };
  }

  private async questionsById(manager: EntityManager, ids: string[]): Promise<Map<string, QuestionRow>> {
    if (ids.length === 0) return new Map();
    const rows: CurrentContentRow<QuestionContent>[] = await manager.query(
      `${this.store.currentSql('question')} WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((raw) => {
        const row = this.store.toRow(raw);
        return [row.id, row] as const;
      }),
    );
  }

  /** Every question must be a built-in or the cohort's own, and active unless the script already had it. */
  private async checkQuestions(
    manager: EntityManager,
    cohortId: string,
    content: ScriptContent,
    previous: ScriptContent | null,
  ): Promise<void> {
    const questions = await this.questionsById(
      manager,
      content.sections.flatMap((s) => s.questionIds),
    );
    const kept = new Set(previous?.sections.flatMap((s) => s.questionIds) ?? []);
    content.sections.forEach((section, i) =>
      section.questionIds.forEach((id, j) => {
        const field = `sections.${i}.questionIds.${j}`;
        const question = questions.get(id);
        if (!question || (question.cohortId !== null && question.cohortId !== cohortId)) {
          throw invalidReference(field, "is not a question in this cohort's bank");
        }
        if (question.status === 'retired' && !kept.has(id)) throw invalidReference(field, 'is a retired question');
      }),
    );
  }
}

function toSummary(row: ScriptRow): ScriptSummary {
  return {
    id: row.id,
    key: row.builtInKey,
    version: row.version,
    cohortId: row.cohortId,
    builtIn: row.cohortId === null,
    status: row.status,
    updatedAt: row.updatedAt.toISOString(),
    track: row.content.track,
    persona: row.content.persona,
    title: row.content.title,
    description: row.content.description,
    totalMinutes: row.content.sections.reduce((sum, section) => sum + section.minutes, 0),
    questionCount: row.content.sections.reduce((sum, section) => sum + section.questionIds.length, 0),
    ...(row.content.competencies && { competencies: row.content.competencies }),
    ...(row.content.mode && { mode: row.content.mode }),
  };
}
