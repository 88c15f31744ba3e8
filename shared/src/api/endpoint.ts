import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Who may call an endpoint; the service layer still checks ownership and cohort membership. */
export type Access = 'public' | 'signed-in';

/** One HTTP route: the contract the server validates with, the client is typed from and OpenAPI documents. */
export interface Endpoint<
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Response extends z.ZodType | undefined = z.ZodType | undefined,
  Alternative extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: HttpMethod;
  /** Express-style path, e.g. /api/cohorts/:cohortId */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  body?: Body;
  /** The caller may send no body at all (a body added to a route that once had none): it is then read as {}. */
  bodyOptional?: boolean;
  /** A tighter cap than the server-wide 100 KB for this route's JSON body, in bytes. */
  maxBodyBytes?: number;
  /** Query-string parameters, all strings on the wire. */
  query?: z.ZodObject;
  response?: Response;
  /** The success body's media type when it is not JSON (e.g. text/csv; the response schema is then z.string()). */
  mediaType?: string;
  /** Status of a successful call. */
  status: number;
  /**
   * A second way the call can succeed, with its own status and body: e.g. 202 when the work waits for the person
   * to confirm by e-mail. The server answers `status` unless the handler sets this one; callers get either body.
   */
  alternative?: AlternativeSuccess<Alternative>;
  /** Error statuses worth documenting beyond 400. */
  errors?: readonly number[];
}

export interface AlternativeSuccess<Response extends z.ZodType | undefined = z.ZodType | undefined> {
  status: number;
  /** When the call answers this way rather than with the endpoint's own status. */
  description: string;
  response: Response;
}

/** Declares a route, keeping its literal path and exact schemas so params, bodies and queries are typed from it. */
export function defineEndpoint<const E extends Endpoint>(endpoint: E): E {
  return endpoint;
}

/** What a client sends as a route's body (the schema's input), or undefined for a route without one. */
export type EndpointBody<E> = E extends { body: infer B extends z.ZodType } ? z.input<B> : undefined;

/** What the server holds after validating a route's body: the schema's output (defaults applied). */
export type ValidatedBody<E> = E extends { body: infer B extends z.ZodType } ? z.output<B> : never;

/** What a client sends as a route's query string, or undefined for a route without one. */
export type EndpointQuery<E> = E extends { query: infer Q extends z.ZodType } ? z.input<Q> : undefined;

/** What the server holds after validating a route's query string. */
export type ValidatedQuery<E> = E extends { query: infer Q extends z.ZodType } ? z.output<Q> : never;

/** The body of a successful call: the endpoint's response (void when it has none), or its alternative's. */
export type EndpointResponse<E> =
  | (E extends { response: infer R extends z.ZodType } ? z.output<R> : void)
  | (E extends { alternative: { response: infer A extends z.ZodType } } ? z.output<A> : never);

type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<P extends string> = [PathParamNames<P>] extends [never]
  ? Record<string, never>
  : Record<PathParamNames<P>, string>;

/** Appends defined query values, e.g. { track: 'healthcare_job', q: undefined } → ?track=healthcare_job */
export function buildQuery(query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Fills `:name` segments, encoding each value. */
export function buildPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
