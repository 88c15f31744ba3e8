import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The question bank and interview scripts, both versioned: the row holds identity, ownership and
 * status; each edit appends a version with the full content. Snapshots freeze what a session uses.
 */
export class QuestionBank1763910000000 implements MigrationInterface {
  name = 'QuestionBank1763910000000';

  async up(db: QueryRunner): Promise<void> {
    for (const kind of ['questions', 'scripts']) {
      await db.query(`
        CREATE TABLE ${kind} (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          built_in_key text,
          cohort_id uuid REFERENCES cohorts (id) ON DELETE CASCADE,
          current_version integer NOT NULL DEFAULT 1,
          status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
          cloned_from uuid REFERENCES ${kind} (id) ON DELETE SET NULL,
          created_by uuid REFERENCES users (id) ON DELETE SET NULL,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now(),
          CHECK ((built_in_key IS NULL) <> (cohort_id IS NULL))
        )`);
      await db.query(`CREATE UNIQUE INDEX ${kind}_built_in_key_key ON ${kind} (built_in_key) WHERE built_in_key IS NOT NULL`);
      await db.query(`CREATE INDEX ${kind}_cohort_id_idx ON ${kind} (cohort_id)`);
      const owner = kind === 'questions' ? 'question_id' : 'script_id';
      await db.query(`
        CREATE TABLE ${kind.slice(0, -1)}_versions (
          ${owner} uuid NOT NULL REFERENCES ${kind} (id) ON DELETE CASCADE,
          version integer NOT NULL CHECK (version > 0),
          content jsonb NOT NULL,
          content_hash text NOT NULL,
          created_by uuid REFERENCES users (id) ON DELETE SET NULL,
          created_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (${owner}, version)
        )`);
    }

    await db.query(`
      CREATE TABLE script_snapshots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        script_id uuid NOT NULL REFERENCES scripts (id),
        script_version integer NOT NULL,
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (script_id, script_version) REFERENCES script_versions (script_id, version)
      )`);

    await db.query(`
      CREATE TABLE question_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
        proposed_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
        content jsonb NOT NULL,
        question_id uuid REFERENCES questions (id) ON DELETE SET NULL,
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX question_proposals_cohort_id_idx ON question_proposals (cohort_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'question_proposals',
      'script_snapshots',
      'script_versions',
      'scripts',
      'question_versions',
      'questions',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
