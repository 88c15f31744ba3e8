import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BUILT_IN_QUESTIONS, BUILT_IN_SCRIPTS, type QuestionContent } from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { ScriptContent } from './scripts.service.js';
import { VersionedContentStore, type ContentKind } from './versioned-content.store.js';

export interface SyncReport {
  created: number;
  versioned: number;
  retired: number;
}

/**
 * Loads the question bank and scripts that ship in shared/ into the database at start-up. Idempotent:
 * unchanged content writes nothing; changed content becomes a new version; content no longer shipped is
 * retired (never deleted, since snapshots and clones may point at it).
 */
@Injectable()
export class BuiltInContentService implements OnApplicationBootstrap {
  private readonly logger = new Logger('BuiltInContent');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: VersionedContentStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const report = await this.sync();
    if (report.created || report.versioned || report.retired)
      this.logger.log({ ...report }, 'built-in questions and scripts updated');
  }

  sync(): Promise<SyncReport> {
    return this.db.transaction(async (manager) => {
      // Two instances starting together must not both insert the same built-ins.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rounds:built-in-content'))`);
      const report: SyncReport = { created: 0, versioned: 0, retired: 0 };
      const questionIds = new Map<string, string>();
      for (const { id: key, ...content } of BUILT_IN_QUESTIONS) {
        questionIds.set(key, await this.upsert<QuestionContent>(manager, 'question', key, content, report));
      }
      for (const { id: key, sections, ...rest } of BUILT_IN_SCRIPTS) {
        const content: ScriptContent = {
          ...rest,
          sections: sections.map((section) => ({ ...section, questionIds: section.questionIds.map((k) => questionIds.get(k)!) })),
        };
        await this.upsert(manager, 'script', key, content, report);
      }
      report.retired += await this.retireMissing(
        manager,
        'questions',
        BUILT_IN_QUESTIONS.map((q) => q.id),
      );
      report.retired += await this.retireMissing(
        manager,
        'scripts',
        BUILT_IN_SCRIPTS.map((s) => s.id),
      );
      return report;
    });
  }

  private async upsert<C>(
    manager: EntityManager,
    kind: ContentKind,
    key: string,
    content: C,
    report: SyncReport,
  ): Promise<string> {
    const existing = await this.store.findByKey<C>(manager, kind, key);
    if (!existing) {
      report.created += 1;
      return this.store.insert(manager, kind, { builtInKey: key }, content);
    }
    if (await this.store.appendVersion(manager, kind, existing, content, null)) report.versioned += 1;
    // Shipped again after being dropped from a release: offer it again.
    if (existing.status === 'retired') await this.store.setStatus(manager, kind, existing.id, 'active');
    return existing.id;
  }

  private async retireMissing(manager: EntityManager, table: 'questions' | 'scripts', keys: string[]): Promise<number> {
    const [{ n }]: { n: number }[] = await manager.query(
      `WITH retired AS (
         UPDATE ${table} SET status = 'retired', updated_at = now()
         WHERE built_in_key IS NOT NULL AND NOT (built_in_key = ANY($1::text[])) AND status = 'active' RETURNING 1
       ) SELECT count(*)::int AS n FROM retired`,
      [keys],
    );
    return n;
  }
}
