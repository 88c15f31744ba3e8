import type { Role } from '@rounds/shared';
import { Link } from 'react-router';
import { useCohorts } from '../cohorts/cohort-queries';

/** "Your cohort: …" for the cohorts where the person holds a role, linking to each. */
export function MyCohortsLine({ role }: { role: Role }) {
  const cohorts = useCohorts();
  const mine = cohorts.data?.filter((cohort) => cohort.myRoles.includes(role)) ?? [];
  if (mine.length === 0) return null;
  return (
    <p className="my-cohorts">
      {mine.length === 1 ? 'Your cohort: ' : 'Your cohorts: '}
      {mine.map((cohort, index) => (
        <span key={cohort.id}>
          {index > 0 && ', '}
          <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
        </span>
      ))}
    </p>
  );
}
