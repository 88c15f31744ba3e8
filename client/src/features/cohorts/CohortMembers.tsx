import { ROLE_LABELS, type Member } from '@rounds/shared';
import { useDeferredValue, useState } from 'react';
import { Card } from '../../components/Card';
import { TextField } from '../../components/fields';
import { useMemberActivity } from './cohort-queries';
import { MembersTable } from './MembersTable';
import { membersMatching } from './member-search';

interface CohortMembersProps {
  cohortId: string;
  cohortName: string;
  members: Member[];
  coordinates: boolean;
  currentUserId: string;
  timeZone: string;
}

/** The cohort's members with a search box; for its coordinators, each member's sessions done and last session too. */
export function CohortMembers({ cohortId, cohortName, members, coordinates, currentUserId, timeZone }: CohortMembersProps) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const activity = useMemberActivity(cohortId, coordinates);
  const shown = membersMatching(members, deferredQuery, (role) => ROLE_LABELS[role]);
  const activityById = activity.data && new Map(activity.data.map((row) => [row.userId, row]));
  return (
    <Card
      title="Members"
      description={shown.length === members.length ? undefined : `${shown.length} of ${members.length} shown.`}
    >
      <div className="member-search">
        <TextField
          label="Search members"
          type="search"
          hint={coordinates ? 'By name, e-mail address or role.' : 'By name or role.'}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <MembersTable
        cohortName={cohortName}
        members={shown}
        currentUserId={currentUserId}
        activity={activityById}
        timeZone={timeZone}
        emptyText={members.length === 0 ? undefined : `Nobody matches “${deferredQuery.trim()}”.`}
      />
    </Card>
  );
}
