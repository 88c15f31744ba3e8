import { buildPath } from './endpoint.js';
import { buildOpenApiDocument } from './openapi.js';
import { routes } from './routes.js';

describe('buildPath', () => {
  it('fills and encodes path parameters', () => {
    expect(buildPath('/api/cohorts/:cohortId/invitations/:invitationId', { cohortId: 'a b', invitationId: 'c/d' })).toBe(
      '/api/cohorts/a%20b/invitations/c%2Fd',
    );
  });

  it('fails loudly on a missing parameter', () => {
    expect(() => buildPath('/api/cohorts/:cohortId', {})).toThrow(/cohortId/);
  });
});

describe('buildOpenApiDocument', () => {
  const document = buildOpenApiDocument(routes, { title: 'Rounds API', version: '1', description: 'test' });

  it('documents every route once, with OpenAPI path parameters', () => {
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations).toHaveLength(Object.keys(routes).length);
    expect(document.paths['/api/cohorts/{cohortId}/invitations/{invitationId}'].delete).toMatchObject({
      operationId: 'revokeInvitation',
      parameters: [
        { name: 'cohortId', in: 'path' },
        { name: 'invitationId', in: 'path' },
      ],
    });
  });

  it('describes request bodies as inputs and errors as problem details', () => {
    const login = document.paths['/api/auth/login'].post as {
      requestBody: {
        content: { 'application/json': { schema: { properties: Record<string, unknown>; additionalProperties: boolean } } };
      };
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    const schema = login.requestBody.content['application/json'].schema;
    expect(Object.keys(schema.properties)).toEqual(['email', 'password']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(login.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '429']));
    expect(login.responses['401'].content).toHaveProperty(['application/problem+json']);
  });

  it("documents a route's alternative success with its own status and body", () => {
    const register = document.paths['/api/auth/register'].post as {
      responses: Record<
        string,
        { description: string; content?: Record<string, { schema: { properties: Record<string, unknown> } }> }
      >;
    };
    expect(Object.keys(register.responses['201'].content!['application/json'].schema.properties)).toContain('roles');
    expect(register.responses['202'].description).toMatch(/e-mail/);
    expect(Object.keys(register.responses['202'].content!['application/json'].schema.properties)).toEqual(['status', 'email']);
    expect(document.paths['/api/auth/login'].post).not.toHaveProperty(['responses', '202']);
  });

  it('marks signed-in routes with the session cookie scheme', () => {
    expect(document.paths['/api/auth/me'].get).toMatchObject({ security: [{ session: [] }] });
    expect(document.paths['/api/health'].get).not.toHaveProperty('security');
  });
});
