import type { Prng } from './prng.js';

/** Nesting deep enough to overflow a recursive walk of the parsed body (arrays and objects alternate). */
export const DEEP_NESTING_LEVELS = 5_000;
/** Twice the JSON body limit (100 KB): the body parser must refuse it with 413, not fall over. */
const HUGE_STRING_LENGTH = 200 * 1024;
/** Long enough to matter, short enough to stay under Node's 16 KB header limit (a URL is a header). */
export const LONG_URL_PART_LENGTH = 8 * 1024;

/** Text that has broken parsers, databases and e-mail headers before. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '😀👩🏽‍⚕️🏥',
  '\u202eevil\u202c txt.exe',
  'مقابلة تدريبية',
  'e\u0301\u0301\u0301\u0301\u0301\u0301',
  'Z̸̡̛̺͎̻̘͖̲̟̺̃̾̌̅̈́a̷̧̛̻̦l̵g̵o̶',
  'a\u0000b',
  '\u0000',
  'x\ud800y',
  '\udfff',
  '\u0007\u001b[31mred\u001b[0m',
  'Line1\r\nBcc: evil@example.org',
  '\u200b\u200b\u200b',
  '\ufeffbom',
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '$1::text',
  '%s%s%s%n',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '__proto__',
  'constructor',
  'null',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(400),
  'Ω'.repeat(300),
];

/** Path parameter values that must each end in a 4xx (never a real resource). */
export const HOSTILE_PATH_VALUES: readonly string[] = [
  '..%2F..%2Fapi%2Fhealth',
  '..',
  '%2e%2e',
  '%00',
  'a%00b',
  '%E2%82',
  '%',
  "'%20OR%201=1--",
  '1;DROP%20TABLE%20users',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  '3f2504e0-4f89-41d3-9a0c-0305e82c330',
  '3f2504e0-4f89-41d3-9a0c-0305e82c33011',
  '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}',
  '%F0%9F%98%80',
  '%D8%B3%D9%84%D8%A7%D9%85',
  '-1',
  '0',
  'null',
  'undefined',
  '__proto__',
  'x'.repeat(LONG_URL_PART_LENGTH),
];

/** Raw query strings (after the `?`) whose parsing alone must not hurt the server. */
export const HOSTILE_QUERY_STRINGS: readonly string[] = [
  '%',
  'q=%E2%82',
  'q=%00',
  'a[b][c][d]=1',
  '__proto__[admin]=true',
  'constructor[prototype][admin]=1',
  'x=1&x=2&x=3',
  '&&&==&=',
  'q=' + 'a'.repeat(LONG_URL_PART_LENGTH),
  'q=%F0%9F%98%80%E2%80%AE',
  "cohortId='%20OR%201=1--",
  'track[]=a&track[]=b',
  'q=%0D%0ASet-Cookie:%20x=1',
  ';;;',
];

export const MALFORMED_JSON_BODIES: readonly string[] = [
  '{',
  '{"a":',
  "{'a': 1}",
  '{"a": 1,}',
  '[1, 2',
  '{"a": 1} trailing',
  'NaN',
  '{"a": undefined}',
  '{"a": "\\u00"}',
  '\u0000',
  '{"a": 01}',
  '"just a string"',
  '42',
  'null',
  '{"__proto__": {"admin": true}}x',
];

/** A JSON text nested `levels` deep, built as text so the sender never recurses either. */
export function deeplyNestedJson(levels: number, rng: Prng): string {
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < levels; i += 1) {
    if (rng.chance(0.5)) {
      open.push('[');
      close.push(']');
    } else {
      open.push('{"a":');
      close.push('}');
    }
  }
  return `${open.join('')}"deep"${close.reverse().join('')}`;
}

export function hugeString(rng: Prng): string {
  return rng.pick(['x', 'é', '😀', '\u202e']).repeat(HUGE_STRING_LENGTH);
}

/** A JSON value of a different kind than `value`. */
export function wrongTypeFor(value: unknown, rng: Prng): unknown {
  const options: unknown[] = [42, -1.5, true, false, null, 'text', [], {}, [1, 'two', null], { nested: { value: 1 } }, 1e308, ''];
  const differs = options.filter((option) => kindOf(option) !== kindOf(value));
  return rng.pick(differs);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
