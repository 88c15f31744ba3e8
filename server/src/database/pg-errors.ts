/** The fields PostgreSQL puts on an error, whether the driver's own or wrapped by TypeORM (as driverError). */
interface PgErrorFields {
  code?: string;
  constraint?: string;
  detail?: string;
}

function pgFields(error: unknown): PgErrorFields {
  if (typeof error !== 'object' || error === null) return {};
  const driverError: unknown = Reflect.get(error, 'driverError');
  const source = typeof driverError === 'object' && driverError !== null ? driverError : error;
  const text = (key: keyof PgErrorFields) => {
    const value: unknown = Reflect.get(source, key);
    return typeof value === 'string' ? value : undefined;
  };
  return { code: text('code'), constraint: text('constraint'), detail: text('detail') };
}

/** True for PostgreSQL's exclusion_violation on the named constraint. */
export function isExclusionViolation(error: unknown, constraint: string): boolean {
  const fields = pgFields(error);
  return fields.code === '23P01' && fields.constraint === constraint;
}

/** True for PostgreSQL's unique_violation, optionally on one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const fields = pgFields(error);
  return fields.code === '23505' && (constraint === undefined || fields.constraint === constraint);
}

/** PostgreSQL's DETAIL line, e.g. which key collided. */
export function violationDetail(error: unknown): string {
  return pgFields(error).detail ?? '';
}

/**
 * True when the connection pool could not hand out a connection in time (every connection busy for longer than
 * connectionTimeoutMillis): the server is overloaded, not broken, and the request changed nothing.
 */
export function isPoolTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === 'timeout exceeded when trying to connect';
}
