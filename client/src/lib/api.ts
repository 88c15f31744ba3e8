import {
  buildPath,
  buildQuery,
  type Endpoint,
  type EndpointBody,
  type EndpointQuery,
  type EndpointResponse,
} from '@rounds/shared';

/** One field the server rejected, as in the problem's `errors` list: `{ field: "timeZone", message: "must be …" }`. */
export type FieldErrors = Record<string, string>;

/** A failed API call: the HTTP status and what the server's problem+json said about it. */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    /** HTTP status, or 0 when the server could not be reached at all. */
    readonly status: number,
    /** The sentence to show a person. */
    readonly detail: string,
    /** First message per field name, e.g. `{ timeZone: "must be an IANA time zone, like America/Chicago" }`. */
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(detail);
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

interface ApiCallOptions<E extends Endpoint> {
  /** Values for the `:name` segments of the endpoint's path. */
  params?: Record<string, string>;
  /** Query-string values for endpoints that declare a query schema; undefined and empty values are left out. */
  query?: EndpointQuery<E> & Record<string, string | undefined>;
  body?: EndpointBody<E>;
  signal?: AbortSignal;
}

/** Endpoints with a body schema need the options; the others may leave them out. */
type OptionsArgument<E extends Endpoint> =
  EndpointBody<E> extends undefined
    ? [options?: ApiCallOptions<E>]
    : E extends { bodyOptional: true }
      ? [options?: ApiCallOptions<E>]
      : [options: ApiCallOptions<E> & { body: EndpointBody<E> }];

/**
 * Calls one endpoint of the shared route table on this origin, with the session cookie.
 * Resolves with the typed response body (undefined for 204) or throws an {@link ApiError}.
 */
export async function api<E extends Endpoint>(endpoint: E, ...[options]: OptionsArgument<E>): Promise<EndpointResponse<E>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method: endpoint.method, credentials: 'same-origin', headers, signal: options?.signal };
  if (options?.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(`${buildPath(endpoint.path, options?.params)}${buildQuery(options?.query)}`, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Rounds could not be reached. Check your connection and try again.');
  }

  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as EndpointResponse<E>;
  return (await response.json()) as EndpointResponse<E>;
}

interface ProblemBody {
  detail?: unknown;
  errors?: unknown;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const fallback = `Rounds answered with an unexpected error (HTTP ${response.status}). Please try again in a moment.`;
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) return new ApiError(response.status, fallback);
  try {
    const problem = (await response.json()) as ProblemBody;
    const detail = typeof problem.detail === 'string' && problem.detail !== '' ? problem.detail : fallback;
    return new ApiError(response.status, detail, fieldErrorsOf(problem.errors));
  } catch {
    return new ApiError(response.status, fallback);
  }
}

function fieldErrorsOf(errors: unknown): FieldErrors {
  const byField: FieldErrors = {};
  if (!Array.isArray(errors)) return byField;
  for (const entry of errors as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { field, message } = entry as { field?: unknown; message?: unknown };
    if (typeof field === 'string' && typeof message === 'string' && !(field in byField)) byField[field] = message;
  }
  return byField;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
