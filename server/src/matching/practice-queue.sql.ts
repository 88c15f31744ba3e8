import { EXPERIENCE_LEVELS, PRACTICE_ADJACENT_LEVEL_AFTER_MS } from '@rounds/shared';

/**
 * The pairing rule of shared/src/matching/practice-compatibility.ts, in SQL: for one cohort and track,
 * the oldest waiting ticket that has an acceptable partner, with its best partner (same level first,
 * then the longest-waiting). Parameters: $1 cohort id, $2 track, $3 the levels in order, $4 the adjacent
 * level wait in seconds.
 *
 * `FOR UPDATE OF a, b SKIP LOCKED` locks both rows of the pair it returns and steps over any pair with a
 * row another transaction holds; a row that changed since the snapshot is re-checked once locked
 * (READ COMMITTED re-evaluates the WHERE clause), so a ticket already matched is never returned again.
 */
const pairQuery = (locking: boolean) => `
  SELECT a.id AS a_id, a.user_id AS a_user_id, b.id AS b_id, b.user_id AS b_user_id
  FROM practice_tickets a
  JOIN practice_tickets b
    ON b.status = 'waiting' AND b.cohort_id = a.cohort_id AND b.track = a.track AND b.user_id <> a.user_id
   AND (b.level = a.level
        OR (abs(array_position($3::text[], b.level) - array_position($3::text[], a.level)) = 1
            AND least(a.created_at, b.created_at) <= now() - make_interval(secs => $4)))
  WHERE a.status = 'waiting' AND a.cohort_id = $1 AND a.track = $2
  ORDER BY a.created_at, a.id, (b.level = a.level) DESC, b.created_at, b.id
  LIMIT 1
  ${locking ? 'FOR UPDATE OF a, b SKIP LOCKED' : ''}`;

export const LOCK_NEXT_PAIR = pairQuery(true);

/** Whether a pair exists at all, locked or not: when LOCK_NEXT_PAIR found none, another transaction holds it. */
export const ANY_PAIR_EXISTS = `SELECT EXISTS (${pairQuery(false)}) AS "exists"`;

export function pairParameters(cohortId: string, track: string): unknown[] {
  return [cohortId, track, [...EXPERIENCE_LEVELS], PRACTICE_ADJACENT_LEVEL_AFTER_MS / 1000];
}

/** Places of every waiting ticket of one cohort and track. */
export const WAITING_POSITIONS = `
  SELECT id, user_id, (row_number() OVER (ORDER BY created_at, id))::int AS position
  FROM practice_tickets WHERE status = 'waiting' AND cohort_id = $1 AND track = $2`;

/** The place of one waiting ticket ($1). */
export const POSITION_OF = `
  SELECT count(*)::int AS position
  FROM practice_tickets t, practice_tickets mine
  WHERE mine.id = $1 AND mine.status = 'waiting'
    AND t.status = 'waiting' AND t.cohort_id = mine.cohort_id AND t.track = mine.track
    AND (t.created_at, t.id) <= (mine.created_at, mine.id)`;
