import {
  RELIABILITY_STANDING_LABELS,
  ROLE_LABELS,
  TRACK_LABELS,
  type Member,
  type MemberActivity,
  type Reliability,
} from '@rounds/shared';
import { formatDate, formatUtcOffsetSafely } from '../../lib/format';
import { MemberAccommodations } from './MemberAccommodations';

interface MembersTableProps {
  cohortName: string;
  members: Member[];
  /** The signed-in user, marked "(you)". */
  currentUserId: string;
  /** Sessions done and last session per member (coordinators only); no activity columns without it. */
  activity?: ReadonlyMap<string, MemberActivity>;
  /** The viewer's zone, for the last session's date. */
  timeZone: string;
  /** Shown instead of the table when a search matches nobody. */
  emptyText?: string;
}

/** Everyone in a cohort, one row per role they hold in it. E-mail addresses and reliability appear only for coordinators. */
export function MembersTable({ cohortName, members, currentUserId, activity, timeZone, emptyText }: MembersTableProps) {
  const showEmail = members.some((member) => member.email !== null);
  const showReliability = members.some((member) => member.reliability !== undefined);
  const showAccommodations = members.some((member) => member.accommodations !== undefined);
  if (members.length === 0) return <p className="empty-state">{emptyText ?? 'Nobody has joined this cohort yet.'}</p>;
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
          {activity && <th scope="col">Sessions done</th>}
          {activity && <th scope="col">Last session</th>}
          {showReliability && <th scope="col">Reliability</th>}
          {showAccommodations && <th scope="col">Accommodations</th>}
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
            {activity && <td data-label="Sessions done">{activity.get(member.userId)?.sessionsDone ?? 0}</td>}
            {activity && (
              <td data-label="Last session">
                <LastSession at={activity.get(member.userId)?.lastSessionAt ?? null} timeZone={timeZone} />
              </td>
            )}
            {showReliability && (
              <td data-label="Reliability">
                {member.reliability ? <ReliabilitySummary reliability={member.reliability} /> : null}
              </td>
            )}
            {showAccommodations && (
              <td data-label="Accommodations">
                {member.accommodations ? <MemberAccommodations member={member} accommodations={member.accommodations} /> : null}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LastSession({ at, timeZone }: { at: string | null; timeZone: string }) {
  return at ? <time dateTime={at}>{formatDate(at, timeZone)}</time> : <span className="muted">None yet</span>;
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

/** The standing in words, the score, then the figures behind it: "Missed some sessions score 75% (missed 1 of the last 4)". */
function ReliabilitySummary({ reliability }: { reliability: Reliability }) {
  const { standing, score, sessionsCounted, missedCounted, missedRecently } = reliability;
  const detail =
    sessionsCounted === 0
      ? 'no sessions yet'
      : standing === 'repeated_no_shows'
        ? `${missedRecently} missed without notice in the last 30 days`
        : `missed ${missedCounted} of the last ${sessionsCounted}`;
  return (
    <span className={`reliability reliability-${standing}`}>
      <span className="cell-strong">{RELIABILITY_STANDING_LABELS[standing]}</span>{' '}
      <span className="nowrap">score {Math.round(score * 100)}%</span> <span className="muted">({detail})</span>
    </span>
  );
}
