import { routes } from '@rounds/shared';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('platform: health, API docs, errors, headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports health with the database status', async () => {
    const health = await t.client().call(routes.health);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI document generated from the shared contracts, and its UI', async () => {
    const document = await t.client().raw('GET', '/api/docs-json');
    expect(document.status).toBe(200);
    const paths = document.body.paths as Record<
      string,
      Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>
    >;
    for (const endpoint of Object.values(routes)) {
      const path = endpoint.path.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(paths[path]?.[endpoint.method.toLowerCase()]).toBeDefined();
    }
    const register = paths['/api/auth/register'].post as {
      requestBody: { content: Record<string, { schema: { required: string[] } }> };
    };
    expect(register.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['email', 'password', 'displayName', 'timeZone']),
    );
    const ui = await t.client().raw('GET', '/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.contentType).toContain('text/html');
  });

  it('binds every server route to a shared contract, and no contract goes unserved', async () => {
    const served: string[] = [];
    const router = t.app.getHttpAdapter().getInstance().router as {
      stack: { route?: { path: string; methods: Record<string, boolean> } }[];
    };
    for (const layer of router.stack) {
      if (!layer.route?.path.startsWith('/api/') || layer.route.path.startsWith('/api/docs')) continue;
      for (const method of Object.keys(layer.route.methods)) served.push(`${method.toUpperCase()} ${layer.route.path}`);
    }
    const contracted = Object.values(routes).map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect(served.sort()).toEqual(contracted.sort());
  });

  it('answers unknown API routes and malformed bodies with problem+json, never HTML', async () => {
    const missing = await t.client().raw('GET', '/api/no-such-thing');
    expect(missing.status).toBe(404);
    expect(missing.contentType).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ status: 404, title: 'Not Found', instance: '/api/no-such-thing' });

    const badJson = await t.client().raw('POST', '/api/auth/login', '{"email": ');
    expect(badJson.status).toBe(400);
    expect(badJson.body.detail).toBe('The request body is not valid JSON.');

    const form = await t
      .client()
      .raw('POST', '/api/auth/login', 'email=a@example.org', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
    expect(form.body.detail).toMatch(/JSON body/);

    const array = await t.client().raw('POST', '/api/auth/login', [1, 2]);
    expect(array.status).toBe(400);
  });

  it('sets security headers and echoes a request id', async () => {
    const response = await t.client().raw('GET', '/api/health', undefined, { 'x-request-id': 'trace-123' });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    // Served over plain HTTP here: no HTTPS upgrade or HSTS, which would break a LAN or laptop install.
    expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    const generated = await t
      .client()
      .raw('GET', '/api/health', undefined, { 'x-request-id': `spaces are not allowed ${'x'.repeat(80)}` });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 503 while the database is unreachable, and recovers when it returns', async () => {
    const database = t.databaseName;
    await t.adminSql(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS false`);
    await t.adminSql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database]);
    try {
      const down = await t.client().call(routes.health);
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: 'unavailable', database: 'down' });
    } finally {
      await t.adminSql(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS true`);
    }
    const up = await t.client().call(routes.health);
    expect(up.status).toBe(200);
  });
});
