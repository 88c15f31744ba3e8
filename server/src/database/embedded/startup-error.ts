/**
 * A start-up problem the person running Rounds can fix; main prints its message alone (no stack trace)
 * and exits with status 1.
 */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}
