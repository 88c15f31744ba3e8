import { proposalDeclineFormSchema, type QuestionProposal } from '@rounds/shared';
import { useRef, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { SelectField, TextAreaField } from '../../components/fields';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { SubmitButton } from '../../components/SubmitButton';
import { isApiError } from '../../lib/api';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { formatDate } from '../../lib/format';
import { useSignedInUser } from '../../lib/session';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { usePageTitle } from '../../lib/use-page-title';
import { useCohorts } from '../cohorts/cohort-queries';
import { ProposalDetails } from './ProposalDetails';
import { ProposalList } from './ProposalList';
import { useDecideProposal, useProposals } from './proposal-queries';
import './proposals.css';

/** `/questions/proposals`: a coordinator accepts mentors' proposed questions into the cohort's bank, or declines them. */
export function ProposalReviewPage() {
  usePageTitle('Proposed questions');
  const cohorts = useCohorts();
  const coordinated = (cohorts.data ?? []).filter((cohort) => cohort.myRoles.includes('coordinator'));
  const [chosen, setChosen] = useState('');
  const cohortId = chosen || coordinated[0]?.id || '';
  return (
    <>
      <p className="back-link">
        <Link to="/questions">← Back to the question bank</Link>
      </p>
      <div className="page-header">
        <p className="eyebrow">Question bank</p>
        <h1>Proposed questions</h1>
        <p className="lead">
          Questions your mentors proposed. Accepting adds one to the cohort’s bank as it stands; declining tells its mentor why,
          so they can improve it.
        </p>
      </div>
      {cohorts.isPending ? (
        <LoadingState label="Loading your cohorts…" />
      ) : cohorts.isError ? (
        <ErrorState error={cohorts.error} onRetry={() => void cohorts.refetch()} />
      ) : coordinated.length === 0 ? (
        <p className="notice">Coordinators review the questions their cohort’s mentors propose; you coordinate no cohort.</p>
      ) : (
        <>
          {coordinated.length > 1 && (
            <SelectField
              label="Cohort"
              options={coordinated.map((cohort) => ({ value: cohort.id, label: cohort.name }))}
              value={cohortId}
              onChange={(event) => setChosen(event.target.value)}
            />
          )}
          <CohortProposals key={cohortId} cohortId={cohortId} />
        </>
      )}
    </>
  );
}

function CohortProposals({ cohortId }: { cohortId: string }) {
  const proposals = useProposals(cohortId);
  const [notice, setNotice] = useState<string | null>(null);
  if (proposals.isPending) return <LoadingState label="Loading the proposals…" />;
  if (proposals.isError) return <ErrorState error={proposals.error} onRetry={() => void proposals.refetch()} />;
  const pending = proposals.data.filter((proposal) => proposal.status === 'pending');
  const decided = proposals.data.filter((proposal) => proposal.status !== 'pending');
  return (
    <>
      <StatusMessage message={notice} />
      <Card
        title="Waiting for a decision"
        description={pending.length === 0 ? undefined : `${pending.length} proposed question${pending.length === 1 ? '' : 's'}.`}
      >
        {pending.length === 0 ? (
          <p className="muted">Nothing waits for you: every proposal has been decided.</p>
        ) : (
          <ul className="qb-proposals">
            {pending.map((proposal) => (
              <PendingProposal key={proposal.id} proposal={proposal} cohortId={cohortId} onDecided={setNotice} />
            ))}
          </ul>
        )}
      </Card>
      {decided.length > 0 && (
        <Card title="Decided">
          <ProposalList proposals={decided} showAuthor />
        </Card>
      )}
    </>
  );
}

const DECLINE_FIELDS = ['reason'] as const;

function PendingProposal({
  proposal,
  cohortId,
  onDecided,
}: {
  proposal: QuestionProposal;
  cohortId: string;
  onDecided: (notice: string) => void;
}) {
  const { timeZone } = useSignedInUser();
  const decide = useDecideProposal(cohortId);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<(typeof DECLINE_FIELDS)[number]>>(noFormErrors);
  const [acceptError, setAcceptError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const prompt = proposal.content.prompt;

  function accept() {
    setAcceptError(null);
    decide.mutate(
      { proposalId: proposal.id, accept: true },
      {
        onSuccess: () => onDecided(`Accepted into the bank: “${prompt}”.`),
        onError: (error) => setAcceptError(isApiError(error) ? error.detail : 'The proposal could not be accepted.'),
      },
    );
  }

  function decline(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validateWithSchema(proposalDeclineFormSchema, { reason }, DECLINE_FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    decide.mutate(
      { proposalId: proposal.id, accept: false, reason },
      {
        onSuccess: () => onDecided(`Declined: “${prompt}”. ${proposal.proposedBy.displayName} will see your reason.`),
        onError: (error) => setErrors(formErrorsFrom(error, DECLINE_FIELDS)),
      },
    );
  }

  return (
    <li>
      <h3 className="qb-proposal-prompt">{prompt}</h3>
      <p className="muted">
        Proposed by {proposal.proposedBy.displayName} on {formatDate(proposal.createdAt, timeZone)}
      </p>
      <ProposalDetails content={proposal.content} />
      <FormAlert message={acceptError} />
      <div className="qb-decision">
        <button
          type="button"
          className="button button-primary"
          onClick={accept}
          disabled={decide.isPending}
          aria-label={`Accept into the bank: ${prompt}`}
        >
          Accept into the bank
        </button>
        {declining ? (
          <form ref={formRef} className="form" onSubmit={decline} noValidate aria-label={`Decline: ${prompt}`}>
            <FormAlert message={errors.form} />
            <TextAreaField
              label="Reason for declining"
              required
              rows={3}
              hint={`${proposal.proposedBy.displayName} reads it with their proposal.`}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={errors.fields.reason}
            />
            <div className="form-actions">
              <SubmitButton pending={decide.isPending} pendingLabel="Declining…">
                Decline with this reason
              </SubmitButton>
              <button type="button" className="button button-secondary" onClick={() => setDeclining(false)}>
                Keep it waiting
              </button>
            </div>
          </form>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setDeclining(true)}
            aria-label={`Decline… ${prompt}`}
          >
            Decline…
          </button>
        )}
      </div>
    </li>
  );
}
