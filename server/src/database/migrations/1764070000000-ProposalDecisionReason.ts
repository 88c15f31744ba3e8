import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A declined question proposal keeps the coordinator's reason, which the mentor who proposed it reads. */
export class ProposalDecisionReason1764070000000 implements MigrationInterface {
  name = 'ProposalDecisionReason1764070000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE question_proposals ADD COLUMN decision_reason text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE question_proposals DROP COLUMN decision_reason`);
  }
}
