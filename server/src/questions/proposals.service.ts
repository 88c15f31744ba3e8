import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuestionContent, QuestionProposal } from '@rounds/shared';
import { DataSource } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { conflict, forbidden, notFound } from '../common/problem.js';
import type { UserEntity } from '../users/user.entity.js';
import { VersionedContentStore } from './versioned-content.store.js';

interface ProposalRow {
  id: string;
  cohort_id: string;
  proposed_by: string;
  proposer_name: string;
  status: QuestionProposal['status'];
  content: QuestionContent;
  question_id: string | null;
  created_at: Date;
  decided_at: Date | null;
  decision_reason: string | null;
}

const PROPOSAL_SQL = `
  SELECT p.id, p.cohort_id, p.proposed_by, u.display_name AS proposer_name, p.status, p.content, p.question_id, p.created_at,
         p.decided_at, p.decision_reason
  FROM question_proposals p JOIN users u ON u.id = p.proposed_by`;

/** Mentors suggest questions for a cohort's bank; its coordinators decide. */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cohorts: CohortsService,
    private readonly store: VersionedContentStore,
  ) {}

  async propose(actor: UserEntity, cohortId: string, content: QuestionContent): Promise<QuestionProposal> {
    const roles = await this.cohorts.requireMember(actor, cohortId);
    if (!roles.includes('mentor')) {
      throw forbidden("Only this cohort's mentors propose questions; its coordinators add them to the bank directly.");
    }
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO question_proposals (cohort_id, proposed_by, content) VALUES ($1, $2, $3) RETURNING id`,
      [cohortId, actor.id, JSON.stringify(content)],
    );
    return this.find(id);
  }

  async list(actor: UserEntity, cohortId: string): Promise<QuestionProposal[]> {
    const roles = await this.cohorts.requireMember(actor, cohortId);
    if (!roles.includes('coordinator') && !roles.includes('mentor')) {
      throw forbidden('Question proposals are for mentors and coordinators of this cohort.');
    }
    const ownOnly = !roles.includes('coordinator');
    const rows: ProposalRow[] = await this.db.query(
      `${PROPOSAL_SQL} WHERE p.cohort_id = $1 ${ownOnly ? 'AND p.proposed_by = $2' : ''} ORDER BY p.created_at DESC`,
      ownOnly ? [cohortId, actor.id] : [cohortId],
    );
    return rows.map(toDto);
  }

  /** Accepting adds the question to the cohort's bank in the same transaction. */
  async accept(actor: UserEntity, proposalId: string): Promise<QuestionProposal> {
    await this.decide(actor, proposalId, async (proposal) => {
      const questionId = await this.db.transaction(async (manager) => {
        const id = await this.store.insert(
          manager,
          'question',
          { cohortId: proposal.cohort_id, createdBy: proposal.proposed_by },
          proposal.content,
        );
        // Counted through a CTE: TypeORM reports UPDATE results as [rows, count], SELECT results as rows.
        const [{ n }]: { n: number }[] = await manager.query(
          `WITH decided AS (
             UPDATE question_proposals SET status = 'accepted', question_id = $2, decided_by = $3, decided_at = now()
             WHERE id = $1 AND status = 'pending' RETURNING 1
           ) SELECT count(*)::int AS n FROM decided`,
          [proposal.id, id, actor.id],
        );
        if (n === 0) throw conflict('This proposal was decided a moment ago by someone else.');
        return id;
      });
      return questionId;
    });
    return this.find(proposalId);
  }

  /** Declines a proposal; the reason (blank for none) is kept for the mentor who proposed it. */
  async reject(actor: UserEntity, proposalId: string, reason: string | undefined): Promise<QuestionProposal> {
    await this.decide(actor, proposalId, async (proposal) => {
      const [{ n }]: { n: number }[] = await this.db.query(
        `WITH decided AS (
           UPDATE question_proposals SET status = 'rejected', decided_by = $2, decided_at = now(), decision_reason = $3
           WHERE id = $1 AND status = 'pending' RETURNING 1
         ) SELECT count(*)::int AS n FROM decided`,
        [proposal.id, actor.id, reason?.trim() || null],
      );
      if (n === 0) throw conflict('This proposal was decided a moment ago by someone else.');
    });
    return this.find(proposalId);
  }

  private async decide(actor: UserEntity, proposalId: string, apply: (proposal: ProposalRow) => Promise<unknown>): Promise<void> {
    const rows: ProposalRow[] = await this.db.query(`${PROPOSAL_SQL} WHERE p.id = $1`, [proposalId]);
    const proposal = rows[0];
    if (!proposal) throw notFound('There is no question proposal with that id.');
    await this.cohorts.requireCoordinator(actor, proposal.cohort_id);
    if (proposal.status !== 'pending') throw conflict(`This proposal was already ${proposal.status}.`);
    await apply(proposal);
  }

  private async find(id: string): Promise<QuestionProposal> {
    const rows: ProposalRow[] = await this.db.query(`${PROPOSAL_SQL} WHERE p.id = $1`, [id]);
    return toDto(rows[0]);
  }
}

function toDto(row: ProposalRow): QuestionProposal {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    proposedBy: { id: row.proposed_by, displayName: row.proposer_name },
    status: row.status,
    content: row.content,
    questionId: row.question_id,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    reason: row.decision_reason,
  };
}
