import { useMemo } from 'react';
import { useCohorts } from './cohort-queries';

const NO_COHORTS: ReadonlyMap<string, string> = new Map();

/** Names of the signed-in person's cohorts by id (empty while they load). */
export function useCohortNames(): ReadonlyMap<string, string> {
  const cohorts = useCohorts();
  return useMemo(
    () => (cohorts.data ? new Map(cohorts.data.map((cohort) => [cohort.id, cohort.name])) : NO_COHORTS),
    [cohorts.data],
  );
}
