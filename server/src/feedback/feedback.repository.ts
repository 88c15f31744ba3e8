import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FeedbackContent, FeedbackKind } from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';

/** One stored form, typed. Times are epoch milliseconds. */
export interface StoredForm {
  id: string;
  sessionId: string;
  kind: FeedbackKind;
  authorId: string;
  aboutId: string;
  status: 'draft' | 'submitted';
  content: FeedbackContent;
  updatedAt: number;
  submittedAt: number | null;
}

interface FormRow {
  id: string;
  session_id: string;
  kind: FeedbackKind;
  author_id: string;
  about_id: string;
  status: 'draft' | 'submitted';
  content: FeedbackContent;
  updated_at: Date;
  submitted_at: Date | null;
}

const FORM_COLUMNS = 'id, session_id, kind, author_id, about_id, status, content, updated_at, submitted_at';

function toForm(row: FormRow): StoredForm {
  return {
    id: row.id,
    sessionId: row.session_id,
    kind: row.kind,
    authorId: row.author_id,
    aboutId: row.about_id,
    status: row.status,
    content: row.content,
    updatedAt: row.updated_at.getTime(),
    submittedAt: row.submitted_at ? row.submitted_at.getTime() : null,
  };
}

export interface FormKey {
  sessionId: string;
  kind: FeedbackKind;
  authorId: string;
  aboutId: string;
}

/** Every SQL statement on `feedback_forms` and `feedback_requests`. */
@Injectable()
export class FeedbackRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The forms of these sessions, oldest first. */
  async formsOfSessions(sessionIds: string[], manager: EntityManager = this.db.manager): Promise<StoredForm[]> {
    if (sessionIds.length === 0) return [];
    const rows: FormRow[] = await manager.query(
      `SELECT ${FORM_COLUMNS} FROM feedback_forms WHERE session_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [sessionIds],
    );
    return rows.map(toForm);
  }

  /** One form, locked for the rest of the transaction when `lock` is set. */
  async find(manager: EntityManager, key: FormKey, lock = false): Promise<StoredForm | undefined> {
    const rows: FormRow[] = await manager.query(
      `SELECT ${FORM_COLUMNS} FROM feedback_forms
        WHERE session_id = $1 AND kind = $2 AND author_id = $3 AND about_id = $4${lock ? ' FOR UPDATE' : ''}`,
      [key.sessionId, key.kind, key.authorId, key.aboutId],
    );
    return rows[0] ? toForm(rows[0]) : undefined;
  }

  /**
   * Writes a draft, or the final content with `submittedAt`. Only a draft (or no form) is ever overwritten:
   * resolves to undefined when the form was already submitted, and nothing changes.
   */
  async write(
    manager: EntityManager,
    key: FormKey,
    content: FeedbackContent,
    now: number,
    submit: boolean,
  ): Promise<StoredForm | undefined> {
    const rows: FormRow[] = await manager.query(
      `INSERT INTO feedback_forms (session_id, kind, author_id, about_id, status, content, created_at, updated_at, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $7, $8)
       ON CONFLICT ON CONSTRAINT feedback_forms_one_per_author DO UPDATE
         SET status = excluded.status, content = excluded.content, updated_at = excluded.updated_at,
             submitted_at = excluded.submitted_at
         WHERE feedback_forms.status = 'draft'
       RETURNING ${FORM_COLUMNS}`,
      [
        key.sessionId,
        key.kind,
        key.authorId,
        key.aboutId,
        submit ? 'submitted' : 'draft',
        JSON.stringify(content),
        new Date(now),
        submit ? new Date(now) : null,
      ],
    );
    return rows[0] ? toForm(rows[0]) : undefined;
  }

  /** Helpfulness of every submitted rating about this person. */
  async helpfulnessAbout(userId: string): Promise<number[]> {
    const rows: { helpfulness: number }[] = await this.db.query(
      `SELECT (content->>'helpfulness')::int AS helpfulness FROM feedback_forms
        WHERE about_id = $1 AND kind = 'rating' AND status = 'submitted' AND content ? 'helpfulness'`,
      [userId],
    );
    return rows.map((row) => row.helpfulness);
  }

  /** When this candidate last asked this interviewer for feedback on this session, if ever. */
  async lastRequest(
    manager: EntityManager,
    sessionId: string,
    requesterId: string,
    interviewerId: string,
  ): Promise<number | null> {
    const rows: { requested_at: Date }[] = await manager.query(
      `SELECT requested_at FROM feedback_requests
        WHERE session_id = $1 AND requester_id = $2 AND interviewer_id = $3
        ORDER BY requested_at DESC LIMIT 1`,
      [sessionId, requesterId, interviewerId],
    );
    return rows[0] ? rows[0].requested_at.getTime() : null;
  }

  async recordRequest(
    manager: EntityManager,
    sessionId: string,
    requesterId: string,
    interviewerId: string,
    at: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO feedback_requests (session_id, requester_id, interviewer_id, requested_at) VALUES ($1, $2, $3, $4)`,
      [sessionId, requesterId, interviewerId, new Date(at)],
    );
  }

  /**
   * Serialises one candidate's follow-ups of one kind (feedback requests, thank-you notes) for one session: an
   * advisory lock held to the end of the transaction, so two racing calls cannot both pass the once-only check.
   */
  async lockFollowUp(
    manager: EntityManager,
    scope: 'feedback-request' | 'thank-you',
    sessionId: string,
    requesterId: string,
  ): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1 || ':' || $2 || ':' || $3))`, [scope, sessionId, requesterId]);
  }
}
