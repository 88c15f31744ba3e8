import { ROLE_LABELS, type Cohort } from '@rounds/shared';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';

interface CohortListItemProps {
  cohort: Cohort;
  timeZone: string;
  /** The cohorts page says which roles you hold; the dashboard lists only cohorts you coordinate. */
  showMyRoles?: boolean;
  /** The dashboard makes the member count stand out: it is what a coordinator checks there. */
  emphasiseMemberCount?: boolean;
}

/** One cohort in a list: its name (a link to it), description, member count and start date. */
export function CohortListItem({ cohort, timeZone, showMyRoles = false, emphasiseMemberCount = false }: CohortListItemProps) {
  return (
    <li className="cohort-list-item">
      <div>
        <Link to={`/cohorts/${cohort.id}`} className="cohort-name">
          {cohort.name}
        </Link>
        {cohort.description && <p className="cohort-description">{cohort.description}</p>}
      </div>
      <p className="cohort-meta">
        <span className={emphasiseMemberCount ? 'member-count' : undefined}>
          {cohort.memberCount === 1 ? '1 member' : `${cohort.memberCount} members`}
        </span>
        {showMyRoles && <span>You: {cohort.myRoles.map((role) => ROLE_LABELS[role]).join(', ')}</span>}
        <span>Since {formatDate(cohort.createdAt, timeZone)}</span>
      </p>
    </li>
  );
}
