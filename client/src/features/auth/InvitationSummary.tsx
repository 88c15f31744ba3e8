import { ROLE_LABELS, type InvitationPreview } from '@rounds/shared';
import { browserTimeZone, formatDateTime } from '../../lib/format';

/** What the link offers (the cohort is in the page's heading), so the person can trust it before creating an account. */
export function InvitationSummary({ preview }: { preview: InvitationPreview }) {
  return (
    <dl className="summary-list">
      <div>
        <dt>Your role</dt>
        <dd>{ROLE_LABELS[preview.role]}</dd>
      </div>
      <div>
        <dt>Invited by</dt>
        <dd>{preview.invitedBy}</dd>
      </div>
      <div>
        <dt>Link expires</dt>
        <dd>{formatDateTime(preview.expiresAt, browserTimeZone())}</dd>
      </div>
      <div className="summary-wide">
        <dt>Sent to</dt>
        <dd>{preview.email}</dd>
      </div>
    </dl>
  );
}
