import { z } from 'zod';
import { problemSchema } from '../schemas/common.schema.js';
import type { Endpoint } from './endpoint.js';

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No content',
  400: 'Invalid input: the problem lists each field to fix',
  401: 'Not signed in',
  403: 'Not allowed for this user',
  404: 'Not found',
  409: 'Conflicts with the current state',
  410: 'No longer available',
  413: 'Body too large',
  429: 'Too many attempts',
  503: 'Unavailable',
};

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

/** Express-style `:name` segments become OpenAPI `{name}` parameters. */
function openApiPath(path: string): { path: string; parameters: JsonSchema[] } {
  const parameters: JsonSchema[] = [];
  const converted = path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    return `{${name}}`;
  });
  return { path: converted, parameters };
}

/** An OpenAPI 3.1 document generated from the same zod contracts the server validates with. */
export function buildOpenApiDocument(
  routes: Record<string, Endpoint>,
  info: { title: string; version: string; description: string },
) {
  const paths: Record<string, Record<string, unknown>> = {};
  const problem = { 'application/problem+json': { schema: toJsonSchema(problemSchema, 'output') } };
  for (const [operationId, endpoint] of Object.entries(routes)) {
    const { path, parameters } = openApiPath(endpoint.path);
    if (endpoint.query) {
      const querySchema = toJsonSchema(endpoint.query, 'input') as { properties?: Record<string, JsonSchema> };
      for (const [name, schema] of Object.entries(querySchema.properties ?? {}))
        parameters.push({ name, in: 'query', required: false, schema });
    }
    const success = (description: string, schema: z.ZodType | undefined) => ({
      description,
      ...(schema ? { content: { [endpoint.mediaType ?? 'application/json']: { schema: toJsonSchema(schema, 'output') } } } : {}),
    });
    const responses: Record<string, unknown> = {
      [endpoint.status]: success(STATUS_TEXT[endpoint.status] ?? 'Success', endpoint.response),
    };
    const { alternative } = endpoint;
    if (alternative) responses[alternative.status] = success(alternative.description, alternative.response);
    for (const status of [...(endpoint.body || endpoint.query ? [400] : []), ...(endpoint.errors ?? [])]) {
      responses[status] = { description: STATUS_TEXT[status] ?? 'Error', content: problem };
    }
    paths[path] ??= {};
    paths[path][endpoint.method.toLowerCase()] = {
      operationId,
      summary: endpoint.summary,
      tags: [endpoint.tag],
      ...(parameters.length ? { parameters } : {}),
      ...(endpoint.access === 'signed-in' ? { security: [{ session: [] }] } : {}),
      ...(endpoint.body
        ? {
            requestBody: {
              required: !endpoint.bodyOptional,
              content: { 'application/json': { schema: toJsonSchema(endpoint.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'rounds_session' } },
    },
  };
}
