import type { Endpoint } from '@rounds/shared';
import { randomUUID } from 'node:crypto';
import { HOSTILE_PATH_VALUES, HOSTILE_QUERY_STRINGS, MALFORMED_JSON_BODIES } from './hostile-values.js';
import type { Prng } from './prng.js';
import { invalidInput, invalidQuery, PLAIN_DEFECTS, sampleValue, wireShape } from './schema-inputs.js';

export interface HttpCase {
  family: string;
  method: string;
  /** Path and query, sent byte for byte (no client-side normalisation). */
  target: string;
  headers: Record<string, string>;
  body?: string;
  /**
   * 'refused': a 4xx problem. 'no server error': a safe route may answer 2xx (a GET ignores a body or a
   * query it does not declare), but never 5xx.
   */
  expect: 'refused' | 'no server error';
  /** Runs after every other case: today a body-less route still acts on a request that carries a body. */
  last?: boolean;
}

function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
}

/** Fills `:name` segments with already-encoded values. */
function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => values[name]);
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * The fuzz inputs for one route as one person: `count` cases cycling through every family that applies,
 * each made from the route's own contract. `fixtures` holds a real value for every path parameter.
 */
export function httpCases(
  endpoint: Endpoint,
  fixtures: Record<string, string>,
  rng: Prng,
  count: number,
  signedIn: boolean,
): HttpCase[] {
  const params = pathParamNames(endpoint.path);
  const missing = params.filter((name) => fixtures[name] === undefined);
  if (missing.length)
    throw new Error(`no fuzz fixture for path parameter(s) ${missing.join(', ')} of ${endpoint.method} ${endpoint.path}`);
  const realPath = fillPath(endpoint.path, Object.fromEntries(params.map((p) => [p, encodeURIComponent(fixtures[p])])));
  const unknownPath = fillPath(
    endpoint.path,
    Object.fromEntries(params.map((p) => [p, p === 'token' ? 'A'.repeat(32) : randomUUID()])),
  );
  const safe = endpoint.method === 'GET';
  const bodyShape = endpoint.body ? wireShape(endpoint.body) : undefined;
  const queryShape = endpoint.query ? wireShape(endpoint.query) : undefined;
  const method = endpoint.method;
  const invalidBody = () => invalidInput(endpoint.body!, bodyShape!, rng);
  const plainInvalidBody = () => invalidInput(endpoint.body!, bodyShape!, rng, PLAIN_DEFECTS).json;

  const families: { name: string; make: () => HttpCase | undefined }[] = [];
  if (endpoint.body) {
    families.push({
      name: 'invalid body',
      make: () => {
        const input = invalidBody();
        return {
          family: `invalid body (${input.defects.join(' + ')})`,
          method,
          target: realPath,
          headers: JSON_HEADERS,
          body: input.json,
          expect: 'refused',
        };
      },
    });
  }
  families.push({
    name: 'malformed JSON',
    make: () => ({
      family: 'malformed JSON',
      method,
      target: realPath,
      headers: JSON_HEADERS,
      body: rng.pick(MALFORMED_JSON_BODIES),
      expect: safe ? 'no server error' : 'refused',
    }),
  });
  families.push({
    name: 'wrong content type',
    make: () => {
      const sample = bodyShape ? sampleValue(bodyShape, rng) : { x: 1 };
      const flat = Object.fromEntries(
        Object.entries(typeof sample === 'object' && sample ? sample : { x: sample }).map(([k, v]) => [k, String(v)]),
      );
      const kind = rng.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml']);
      const { body, contentType } = encodeAs(kind, flat);
      return {
        family: `wrong content type (${kind})`,
        method,
        target: realPath,
        headers: { 'content-type': contentType },
        body,
        expect: safe ? 'no server error' : 'refused',
        last: !safe && !endpoint.body,
      };
    },
  });
  if (!endpoint.body && !safe) {
    families.push({
      name: 'body on a body-less route',
      make: () => ({
        family: 'a JSON body on a body-less route',
        method,
        target: realPath,
        headers: JSON_HEADERS,
        body: JSON.stringify(rng.pick([{ x: 1 }, { reason: 'because' }, [1], 'text', { cohortId: randomUUID() }])),
        expect: 'refused',
        last: true,
      }),
    });
  }
  if (params.length) {
    families.push({
      name: 'hostile path parameter',
      make: () => {
        const target = rng.pick(params);
        const values = Object.fromEntries(params.map((p) => [p, encodeURIComponent(fixtures[p])]));
        values[target] = rng.pick(HOSTILE_PATH_VALUES);
        const body = endpoint.body ? plainInvalidBody() : undefined;
        return {
          family: `hostile path parameter (${target})`,
          method,
          target: fillPath(endpoint.path, values),
          headers: body ? JSON_HEADERS : {},
          body,
          expect: 'refused',
        };
      },
    });
  }
  if (endpoint.query) {
    families.push({
      name: 'invalid query',
      make: () => {
        const query = invalidQuery(endpoint.query!, queryShape!, rng);
        return {
          family: `invalid query (${query.defects.join(' + ')})`,
          method,
          target: `${realPath}?${query.text}`,
          headers: {},
          expect: 'refused',
        };
      },
    });
  }
  // A route that declares no query ignores one, so the query rides on a request refused for another reason:
  // an invalid body, or an id that names nothing. Signing out takes no input at all, so a signed-in person's
  // "logout?…" is simply a sign-out: only anonymous calls send it.
  if (safe || endpoint.body || params.length || !signedIn) {
    families.push({
      name: 'hostile query string',
      make: () => {
        const query = rng.pick(HOSTILE_QUERY_STRINGS);
        if (safe)
          return {
            family: 'hostile query string',
            method,
            target: `${realPath}?${query}`,
            headers: {},
            expect: 'no server error',
          };
        if (endpoint.body) {
          return {
            family: 'hostile query string + invalid body',
            method,
            target: `${realPath}?${query}`,
            headers: JSON_HEADERS,
            body: plainInvalidBody(),
            expect: 'refused',
          };
        }
        if (params.length)
          return {
            family: 'hostile query string + unknown id',
            method,
            target: `${unknownPath}?${query}`,
            headers: {},
            expect: 'refused',
          };
        return {
          family: 'hostile query string (anonymous)',
          method,
          target: `${realPath}?${query}`,
          headers: {},
          expect: 'no server error',
        };
      },
    });
  }

  return Array.from({ length: count }, (_, i) => families[i % families.length].make()).filter(
    (c): c is HttpCase => c !== undefined,
  );
}

function encodeAs(kind: string, fields: Record<string, string>): { body: string; contentType: string } {
  const safeFields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.toWellFormed(), v.toWellFormed()]));
  switch (kind) {
    case 'application/x-www-form-urlencoded':
      return { body: new URLSearchParams(safeFields).toString(), contentType: kind };
    case 'multipart/form-data': {
      const boundary = '----rounds-fuzz-boundary';
      const parts = Object.entries(safeFields).map(
        ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
      );
      return { body: `${parts.join('')}--${boundary}--\r\n`, contentType: `${kind}; boundary=${boundary}` };
    }
    case 'application/xml':
      return {
        body: `<request>${Object.entries(safeFields)
          .map(([k, v]) => `<f name="${k}">${v}</f>`)
          .join('')}</request>`,
        contentType: kind,
      };
    default:
      return { body: JSON.stringify(safeFields), contentType: 'text/plain' };
  }
}
