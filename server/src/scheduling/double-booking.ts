import { isExclusionViolation, violationDetail } from '../database/pg-errors.js';

/** The exclusion constraint that keeps anyone out of two overlapping active sessions. */
const NO_DOUBLE_BOOKING = 'session_participants_no_double_booking';

/**
 * The person PostgreSQL found already booked when it refused a session, read from the violation's detail
 * ("(user_id, during)=(<uuid>, …)"); undefined for any other error.
 */
export function doubleBookedUserId(error: unknown): string | undefined {
  if (!isExclusionViolation(error, NO_DOUBLE_BOOKING)) return undefined;
  return /\(user_id, during\)=\(([0-9a-f-]{36})/.exec(violationDetail(error))?.[1] ?? '';
}
