import { buildPath, buildQuery, type Endpoint, type EndpointBody, type EndpointResponse } from '@rounds/shared';

export interface ApiResult<T> {
  status: number;
  headers: Headers;
  body: T;
  contentType: string;
}

/** A real HTTP client for tests: keeps its own session cookie, like one browser. */
export class ApiClient {
  private cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  /** Calls an endpoint by its contract, typed from shared. */
  async call<E extends Endpoint>(
    endpoint: E,
    options: {
      params?: Record<string, string>;
      query?: Record<string, string | undefined>;
      body?: EndpointBody<E> | unknown;
    } = {},
  ): Promise<ApiResult<EndpointResponse<E> & Problemish>> {
    const path = `${buildPath(endpoint.path, options.params)}${buildQuery(options.query)}`;
    return this.raw(endpoint.method, path, options.body) as Promise<ApiResult<EndpointResponse<E> & Problemish>>;
  }

  /** Any request, for the malformed ones no contract allows. */
  async raw(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResult<Problemish & Record<string, unknown>>> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (this.cookie) (init.headers as Record<string, string>).cookie = this.cookie;
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      headers: response.headers,
      contentType,
      body: contentType.includes('json') && text ? JSON.parse(text) : text,
    };
  }

  /** The Cookie header this client sends, to replay it from elsewhere. */
  get sessionCookie(): string | undefined {
    return this.cookie;
  }
}

/** Error responses share the call's type so tests can read `detail` and `errors` without casts. */
interface Problemish {
  type?: string;
  title?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}
