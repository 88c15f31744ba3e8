import { ROLE_LABELS, type Invitation, type InvitationStatus } from '@rounds/shared';
import { FormAlert } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { formatDate } from '../../lib/format';
import { useInvitations, useRevokeInvitation } from './cohort-queries';
import { CopyLinkButton } from './CopyLinkButton';

const STATUS_LABELS: Record<InvitationStatus, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  expired: 'Expired',
  revoked: 'Withdrawn',
};

interface InvitationsTableProps {
  cohortId: string;
  /** The reader's zone, for dates. */
  timeZone: string;
}

export function InvitationsTable({ cohortId, timeZone }: InvitationsTableProps) {
  const invitations = useInvitations(cohortId, true);
  const revoke = useRevokeInvitation(cohortId);

  if (invitations.isPending) return <LoadingState label="Loading invitations…" />;
  if (invitations.isError) return <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />;
  if (invitations.data.length === 0) {
    return <p className="empty-state">No invitations yet. Invite candidates and mentors with the form above.</p>;
  }

  return (
    <>
      <FormAlert message={revoke.error ? `The invitation could not be withdrawn: ${revoke.error.message}` : null} />
      <table className="data-table">
        <caption className="visually-hidden">Invitations to this cohort, newest first</caption>
        <thead>
          <tr>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Expires</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.data.map((invitation) => (
            <InvitationRow
              key={invitation.id}
              invitation={invitation}
              timeZone={timeZone}
              withdrawing={revoke.isPending && revoke.variables === invitation.id}
              onWithdraw={() => revoke.mutate(invitation.id)}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}

interface InvitationRowProps {
  invitation: Invitation;
  timeZone: string;
  withdrawing: boolean;
  onWithdraw: () => void;
}

function InvitationRow({ invitation, timeZone, withdrawing, onWithdraw }: InvitationRowProps) {
  const isPending = invitation.status === 'pending';
  return (
    <tr>
      <td data-label="E-mail" className="cell-strong">
        {invitation.email}
      </td>
      <td data-label="Role">{ROLE_LABELS[invitation.role]}</td>
      <td data-label="Status">
        <span className={`badge badge-${invitation.status}`}>{STATUS_LABELS[invitation.status]}</span>
      </td>
      <td data-label="Expires">{isPending ? formatDate(invitation.expiresAt, timeZone) : '—'}</td>
      <td data-label="Actions" className="cell-actions">
        {isPending && (
          <div className="row-actions">
            {invitation.link && <CopyLinkButton link={invitation.link} email={invitation.email} />}
            <button type="button" className="button button-danger button-small" disabled={withdrawing} onClick={onWithdraw}>
              {withdrawing ? 'Withdrawing…' : 'Withdraw'}
              <span className="visually-hidden"> the invitation for {invitation.email}</span>
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
