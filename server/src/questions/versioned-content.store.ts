import { Injectable } from '@nestjs/common';
import { canonicalJson } from '@rounds/shared';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { fieldsProblem, forbidden, notFound } from '../common/problem.js';

/** The two versioned kinds share one storage pattern: a row plus append-only versions. */
export type ContentKind = 'question' | 'script';

const TABLES: Record<ContentKind, { rows: string; versions: string; owner: string; label: string }> = {
  question: { rows: 'questions', versions: 'question_versions', owner: 'question_id', label: 'question' },
  script: { rows: 'scripts', versions: 'script_versions', owner: 'script_id', label: 'script' },
};

export interface ContentRow<C> {
  id: string;
  builtInKey: string | null;
  cohortId: string | null;
  version: number;
  status: 'active' | 'retired';
  updatedAt: Date;
  content: C;
}

/**
 * A row of `currentSql`, as PostgreSQL returns it; the caller's annotation names the content type. That is
 * safe because only `insert` and `appendVersion` write versions, from content of that type: request bodies
 * parsed by its shared zod schema, or built-ins typed by it (and checked by the content tests).
 */
export interface CurrentContentRow<C> {
  id: string;
  built_in_key: string | null;
  cohort_id: string | null;
  current_version: number;
  status: 'active' | 'retired';
  updated_at: Date;
  content: C;
}

function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

@Injectable()
export class VersionedContentStore {
  /** `SELECT` of rows joined to their current version, for callers to add WHERE clauses to. */
  currentSql(kind: ContentKind): string {
    const t = TABLES[kind];
    return `SELECT r.id, r.built_in_key, r.cohort_id, r.current_version, r.status, r.updated_at, v.content
            FROM ${t.rows} r JOIN ${t.versions} v ON v.${t.owner} = r.id AND v.version = r.current_version`;
  }

  toRow<C>(raw: CurrentContentRow<C>): ContentRow<C> {
    return {
      id: raw.id,
      builtInKey: raw.built_in_key,
      cohortId: raw.cohort_id,
      version: raw.current_version,
      status: raw.status,
      updatedAt: raw.updated_at,
      content: raw.content,
    };
  }

  /**
   * With `lock`, the row is locked first and only then read with its current version: locking the joined
   * read itself would, after waiting, re-check a version row that is no longer current and find nothing.
   */
  async find<C>(manager: EntityManager, kind: ContentKind, id: string, lock = false): Promise<ContentRow<C> | null> {
    if (lock) await manager.query(`SELECT id FROM ${TABLES[kind].rows} WHERE id = $1 FOR UPDATE`, [id]);
    const rows: CurrentContentRow<C>[] = await manager.query(`${this.currentSql(kind)} WHERE r.id = $1`, [id]);
    return rows[0] ? this.toRow(rows[0]) : null;
  }

  /** Callers hold the built-in content lock, so no row lock is needed. */
  async findByKey<C>(manager: EntityManager, kind: ContentKind, key: string): Promise<ContentRow<C> | null> {
    const rows: CurrentContentRow<C>[] = await manager.query(`${this.currentSql(kind)} WHERE r.built_in_key = $1`, [key]);
    return rows[0] ? this.toRow(rows[0]) : null;
  }

  async insert<C>(
    manager: EntityManager,
    kind: ContentKind,
    owner: { builtInKey?: string; cohortId?: string; clonedFrom?: string; createdBy?: string },
    content: C,
  ): Promise<string> {
    const t = TABLES[kind];
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO ${t.rows} (built_in_key, cohort_id, cloned_from, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [owner.builtInKey ?? null, owner.cohortId ?? null, owner.clonedFrom ?? null, owner.createdBy ?? null],
    );
    await manager.query(
      `INSERT INTO ${t.versions} (${t.owner}, version, content, content_hash, created_by) VALUES ($1, 1, $2, $3, $4)`,
      [id, JSON.stringify(content), contentHash(content), owner.createdBy ?? null],
    );
    return id;
  }

  /**
   * Appends a version when the content really changed; returns whether it did. Expects the row locked.
   * A retired row stays retired: editing is not restoring.
   */
  async appendVersion<C>(
    manager: EntityManager,
    kind: ContentKind,
    row: ContentRow<C>,
    content: C,
    createdBy: string | null,
  ): Promise<boolean> {
    if (contentHash(content) === contentHash(row.content)) return false;
    const t = TABLES[kind];
    const version = row.version + 1;
    await manager.query(
      `INSERT INTO ${t.versions} (${t.owner}, version, content, content_hash, created_by) VALUES ($1, $2, $3, $4, $5)`,
      [row.id, version, JSON.stringify(content), contentHash(content), createdBy],
    );
    await manager.query(`UPDATE ${t.rows} SET current_version = $2, updated_at = now() WHERE id = $1`, [row.id, version]);
    return true;
  }

  async setStatus(manager: EntityManager, kind: ContentKind, id: string, status: 'active' | 'retired'): Promise<void> {
    await manager.query(`UPDATE ${TABLES[kind].rows} SET status = $2, updated_at = now() WHERE id = $1 AND status <> $2`, [
      id,
      status,
    ]);
  }

  /** A row the actor may read: built-ins for everyone, a cohort's own for its members. */
  requireVisible<C>(kind: ContentKind, row: ContentRow<C> | null, memberOf: string[]): ContentRow<C> {
    if (!row) throw notFound(`There is no ${TABLES[kind].label} with that id.`);
    if (row.cohortId !== null && !memberOf.includes(row.cohortId)) {
      throw forbidden(`This ${TABLES[kind].label} belongs to a cohort you are not a member of.`);
    }
    return row;
  }

  /** Built-ins are read-only: they change only when Rounds ships new content. */
  requireEditable<C>(kind: ContentKind, row: ContentRow<C>): string {
    if (row.cohortId === null) {
      throw forbidden(`Built-in ${TABLES[kind].label}s are read-only: clone it into your cohort to change it.`);
    }
    return row.cohortId;
  }
}

export function invalidReference(field: string, message: string) {
  return fieldsProblem([{ field, message }]);
}
