import { parse as parseQueryString } from 'node:querystring';
import { z } from 'zod';
import {
  DEEP_NESTING_LEVELS,
  deeplyNestedJson,
  HOSTILE_STRINGS,
  hugeString,
  LONG_URL_PART_LENGTH,
  wrongTypeFor,
} from './hostile-values.js';
import type { Prng } from './prng.js';

/** The subset of JSON Schema (as zod 4's toJSONSchema writes it) that the generators walk. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** The wire shape of a request schema: what a client sends, before transforms and defaults. */
export function wireShape(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const SAMPLE_UUID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

/** A value shaped like the schema: mostly plausible, with hostile text wherever free text goes. */
export function sampleValue(schema: JsonSchema, rng: Prng): unknown {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return sampleValue(rng.pick(branches), rng);
  if ('const' in schema) return schema.const;
  if (schema.enum?.length) return rng.pick(schema.enum);
  const type = Array.isArray(schema.type) ? rng.pick(schema.type) : schema.type;
  switch (type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (required.has(key) || rng.chance(0.5)) result[key] = sampleValue(property, rng);
      }
      return result;
    }
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? min + 2, min + 2);
      return Array.from({ length: rng.int(min, Math.max(min, max)) }, () => sampleValue(schema.items ?? {}, rng));
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 0;
      const max = schema.maximum ?? min + 100;
      return type === 'integer' ? rng.int(Math.ceil(min), Math.floor(max)) : min + rng.next() * (max - min);
    }
    case 'boolean':
      return rng.chance(0.5);
    case 'null':
      return null;
    case 'string':
      return sampleString(schema, rng);
    default:
      return rng.pick(HOSTILE_STRINGS);
  }
}

function sampleString(schema: JsonSchema, rng: Prng): string {
  switch (schema.format) {
    case 'uuid':
      return SAMPLE_UUID;
    case 'email':
      return 'fuzz.person@example.org';
    case 'date-time':
      return new Date(Date.now() + rng.int(2, 300) * 86_400_000).toISOString();
    case 'date':
      return '2027-03-14';
  }
  if (schema.pattern?.includes(':[0-5]')) return rng.pick(['09:00', '17:30', '24:00']);
  if (rng.chance(0.6)) return rng.pick(HOSTILE_STRINGS);
  const length = Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 20, 20));
  return 'Practice text '.repeat(4).slice(0, length).padEnd(length, 'x');
}

/** Marks where a deeply nested value goes; it is spliced in as text so no one recurses to build it. */
const DEEP_MARKER = '\u0001deeply-nested\u0001';

type Defect =
  'wrong type' | 'missing field' | 'unknown field' | 'huge string' | 'deep nesting' | 'hostile text' | 'not an object';
export const DEFECTS: readonly Defect[] = [
  'wrong type',
  'missing field',
  'unknown field',
  'huge string',
  'deep nesting',
  'hostile text',
  'not an object',
];
/** Defects that only the schema catches: for a body sent alongside some other hostile part, so a failure points at that part. */
export const PLAIN_DEFECTS: readonly Defect[] = ['wrong type', 'missing field', 'unknown field', 'not an object'];

export interface InvalidInput {
  /** What makes it invalid, for the failure report. */
  defects: Defect[];
  /** The JSON text to send. */
  json: string;
  /** The value before any deep nesting is spliced in (for socket payloads, which are sent as values). */
  value: unknown;
}

type Container = Record<string, unknown> | unknown[];

/** Every object or array inside a value, with the value itself first. */
function containers(value: unknown): Container[] {
  const found: Container[] = [];
  const pending: unknown[] = [value];
  while (pending.length) {
    const next = pending.pop();
    if (next !== null && typeof next === 'object') {
      found.push(next as Container);
      pending.push(...Object.values(next as Container));
    }
  }
  return found;
}

function replaceSomething(value: unknown, rng: Prng, make: (old: unknown) => unknown): unknown {
  const spots = containers(value).filter((c) => Object.keys(c).length > 0);
  if (!spots.length || rng.chance(0.1)) return make(value);
  const spot = rng.pick(spots);
  const key = rng.pick(Object.keys(spot));
  (spot as Record<string, unknown>)[key] = make((spot as Record<string, unknown>)[key]);
  return value;
}

function applyDefect(value: unknown, defect: Defect, rng: Prng): unknown {
  switch (defect) {
    case 'wrong type':
      return replaceSomething(value, rng, (old) => wrongTypeFor(old, rng));
    case 'missing field': {
      const objects = containers(value).filter((c) => !Array.isArray(c) && Object.keys(c).length > 0) as Record<
        string,
        unknown
      >[];
      if (!objects.length) return {};
      const spot = rng.pick(objects);
      delete spot[rng.pick(Object.keys(spot))];
      return value;
    }
    case 'unknown field': {
      const objects = containers(value).filter((c) => !Array.isArray(c)) as Record<string, unknown>[];
      const spot = objects.length ? rng.pick(objects) : undefined;
      const name = rng.pick(['isAdmin', 'role', 'roles', 'userId', 'createdBy', 'extra', '$where', 'constructor', '']);
      if (!spot) return { [name]: true };
      spot[name] = rng.pick([true, 1, 'coordinator', ['coordinator'], { $ne: null }]);
      return value;
    }
    case 'huge string':
      return replaceSomething(value, rng, () => hugeString(rng));
    case 'deep nesting':
      return replaceSomething(value, rng, () => DEEP_MARKER);
    case 'hostile text':
      return replaceSomething(value, rng, () => rng.pick(HOSTILE_STRINGS));
    case 'not an object':
      return rng.pick([[], [value], 'text', 0, true, []]);
  }
}

/** Strings PostgreSQL cannot store, which the server refuses before validation (walked without recursion). */
function hasUnstorableText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length) {
    const next = pending.pop();
    if (typeof next === 'string' && (next.includes('\u0000') || !next.isWellFormed())) return true;
    if (next !== null && typeof next === 'object') {
      for (const [key, item] of Object.entries(next)) {
        if (key.includes('\u0000') || !key.isWellFormed()) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

function containsMarker(value: unknown): boolean {
  return containers(value).some((c) => Object.values(c).includes(DEEP_MARKER)) || value === DEEP_MARKER;
}

/** Whether the server must refuse this value, by the same rules it applies (schema and storable text). */
function isRefused(schema: z.ZodType, value: unknown): boolean {
  if (containsMarker(value)) return true; // no request schema accepts thousands of nested levels
  if (hasUnstorableText(value)) return true;
  return !schema.safeParse(value).success;
}

/**
 * An input the schema refuses: a plausible value with one or more defects. The shared schema itself is the
 * oracle, so a "defect" that happens to leave the value valid (an optional field dropped) gets another one.
 */
export function invalidInput(
  schema: z.ZodType,
  shape: JsonSchema,
  rng: Prng,
  allowed: readonly Defect[] = DEFECTS,
  nestingLevels = DEEP_NESTING_LEVELS,
): InvalidInput {
  let value = sampleValue(shape, rng);
  const defects: Defect[] = [];
  let defect: Defect = rng.pick(allowed);
  for (let attempt = 0; attempt < 6; attempt += 1) {
    value = applyDefect(value, defect, rng);
    defects.push(defect);
    if (isRefused(schema, value)) break;
    defect = attempt < 4 ? rng.pick(allowed) : 'not an object';
  }
  if (!isRefused(schema, value)) throw new Error(`could not make an invalid input after ${defects.join(', ')}`);
  let json = JSON.stringify(value);
  if (json.includes(JSON.stringify(DEEP_MARKER)))
    json = json.replace(JSON.stringify(DEEP_MARKER), deeplyNestedJson(nestingLevels, rng));
  return { defects, json, value };
}

/**
 * A query string the query schema refuses, checked the way Express parses it (node:querystring), so the
 * expectation matches what the server sees.
 */
export function invalidQuery(schema: z.ZodType, shape: JsonSchema, rng: Prng): { defects: string[]; text: string } {
  const record: Record<string, string | string[]> = {};
  const properties = shape.properties ?? {};
  for (const [key, property] of Object.entries(properties)) {
    if ((shape.required ?? []).includes(key) || rng.chance(0.5)) record[key] = String(sampleValue(property, rng) ?? '');
  }
  const defects: string[] = [];
  const keys = Object.keys(properties);
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const defect =
      attempt < 4
        ? rng.pick(['hostile value', 'repeated parameter', 'unknown parameter', 'missing parameter', 'long value'])
        : 'unknown parameter';
    defects.push(defect);
    const key = keys.length ? rng.pick(keys) : 'q';
    if (defect === 'hostile value') record[key] = rng.pick(HOSTILE_STRINGS);
    if (defect === 'repeated parameter') record[key] = [String(record[key] ?? 'a'), rng.pick(HOSTILE_STRINGS)];
    if (defect === 'unknown parameter') record[rng.pick(['admin', 'role', '__proto__', 'userId', 'limit', 'q[]'])] = '1';
    if (defect === 'missing parameter') delete record[key];
    if (defect === 'long value') record[key] = 'q'.repeat(LONG_URL_PART_LENGTH);
    const text = encodeQuery(record);
    // lone surrogates cannot be percent-encoded: encodeQuery drops them, so check what is actually sent
    if (isRefused(schema, { ...parseQueryString(text) })) return { defects, text };
  }
  throw new Error(`could not make an invalid query after ${defects.join(', ')}`);
}

function encodeQuery(record: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item.toWellFormed());
  }
  return params.toString();
}
