import { ROLE_LABELS, TRACK_LABELS, type Member } from '@rounds/shared';
import { formatUtcOffsetSafely } from '../../lib/format';

interface MembersTableProps {
  cohortName: string;
  members: Member[];
  /** The signed-in user, marked "(you)". */
  currentUserId: string;
}

/** Everyone in a cohort, one row per role they hold in it. E-mail addresses appear only for coordinators. */
export function MembersTable({ cohortName, members, currentUserId }: MembersTableProps) {
  const showEmail = members.some((member) => member.email !== null);
  if (members.length === 0) return <p className="empty-state">Nobody has joined this cohort yet.</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">Members of {cohortName}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Track</th>
          <th scope="col">Time zone</th>
          {showEmail && <th scope="col">E-mail</th>}
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={`${member.userId}:${member.role}`}>
            <th scope="row" data-label="Name" className="cell-strong">
              {member.displayName}
              {member.userId === currentUserId && <span className="muted"> (you)</span>}
            </th>
            <td data-label="Role">
              <span className={`badge badge-role-${member.role}`}>{ROLE_LABELS[member.role]}</span>
            </td>
            <td data-label="Track">{member.track ? TRACK_LABELS[member.track] : <span className="muted">Not set</span>}</td>
            <td data-label="Time zone">
              <TimeZoneName zone={member.timeZone} />
            </td>
            {showEmail && <td data-label="E-mail">{member.email ?? <span className="muted">Hidden</span>}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "America/New York (UTC-05:00)", never broken inside the offset; one element, so it stays one cell of the narrow-screen grid. */
function TimeZoneName({ zone }: { zone: string }) {
  const offset = formatUtcOffsetSafely(zone);
  return (
    <span>
      {zone.replaceAll('_', ' ')} {offset && <span className="nowrap">({offset})</span>}
    </span>
  );
}
