import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feedback forms (one per session, author, kind and person it is about; the content is the shared zod
 * schema's JSON, read and written whole) and candidates' requests for feedback (at most one a day each).
 */
export class Feedback1763990000000 implements MigrationInterface {
  name = 'Feedback1763990000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE feedback_forms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('interviewer', 'self', 'rating')),
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        about_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
        content jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        CONSTRAINT feedback_forms_one_per_author UNIQUE (session_id, author_id, kind, about_id),
        CONSTRAINT feedback_forms_self_about_author CHECK ((kind = 'self') = (author_id = about_id)),
        CONSTRAINT feedback_forms_submitted_at CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX feedback_forms_about_idx ON feedback_forms (about_id, kind)`);
    await db.query(`CREATE INDEX feedback_forms_author_idx ON feedback_forms (author_id)`);
    await db.query(`
      CREATE TABLE feedback_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        requester_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        interviewer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        requested_at timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX feedback_requests_lookup_idx ON feedback_requests (session_id, requester_id, interviewer_id, requested_at DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE feedback_requests`);
    await db.query(`DROP TABLE feedback_forms`);
  }
}
