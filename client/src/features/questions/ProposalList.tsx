import type { QuestionProposal } from '@rounds/shared';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { useSignedInUser } from '../../lib/session';

const STATUS_WORDS: Record<QuestionProposal['status'], string> = {
  pending: 'Waiting for a coordinator',
  accepted: 'Accepted into the bank',
  rejected: 'Declined',
};

const STATUS_BADGES: Record<QuestionProposal['status'], string> = {
  pending: 'badge badge-pending',
  accepted: 'badge badge-accepted',
  rejected: 'badge badge-revoked',
};

/** Proposals with what became of them: the decision, when, and a declined one's reason. */
export function ProposalList({
  proposals,
  showAuthor = false,
}: {
  proposals: readonly QuestionProposal[];
  showAuthor?: boolean;
}) {
  const { timeZone } = useSignedInUser();
  return (
    <ul className="qb-proposals">
      {proposals.map((proposal) => (
        <li key={proposal.id}>
          <p className="qb-proposal-prompt">{proposal.content.prompt}</p>
          <p className="muted">
            <span className={STATUS_BADGES[proposal.status]}>{STATUS_WORDS[proposal.status]}</span>{' '}
            {showAuthor && <>Proposed by {proposal.proposedBy.displayName} · </>}
            {proposal.decidedAt
              ? `decided on ${formatDate(proposal.decidedAt, timeZone)}`
              : `proposed on ${formatDate(proposal.createdAt, timeZone)}`}
          </p>
          {proposal.status === 'rejected' && (
            <p>
              <span className="muted">Reason: </span>
              {proposal.reason ?? 'No reason was given.'}
            </p>
          )}
          {proposal.status === 'accepted' && proposal.questionId && (
            <p>
              <Link to={`/questions?q=${encodeURIComponent(proposal.content.prompt.slice(0, 60))}`}>Find it in the bank</Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
