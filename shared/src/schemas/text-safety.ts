/**
 * Text PostgreSQL cannot store (NUL) or that is not valid Unicode (an unpaired surrogate). Refused at the
 * edge for every request, so no handler ever passes such a string to the database.
 */
export function unstorableTextProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character, which is not allowed';
  if (!text.isWellFormed()) return 'contains an unpaired surrogate: send valid UTF-8 text';
  return null;
}

/**
 * How deeply arrays and objects may nest in a request. Our deepest contract (a script's sections, their
 * questions, their probes) needs five levels; the margin is generous, the cap keeps every walk cheap.
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/**
 * Whether raw JSON text nests deeper than `maxDepth`, decided in one pass over its bytes without parsing it,
 * so a hostile body is refused before anything recursive sees it. Bytes of multi-byte UTF-8 characters are
 * all ≥ 0x80 and never look like JSON punctuation.
 */
export function jsonNestsDeeperThan(json: Uint8Array | string, maxDepth: number): boolean {
  const bytes = typeof json === 'string' ? new TextEncoder().encode(json) : json;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (OPENERS.has(byte)) {
      if (++depth > maxDepth) return true;
    } else if (CLOSERS.has(byte)) {
      depth--;
    }
  }
  return false;
}

/**
 * Paths (like "sections.0.title") of every string inside a JSON value that cannot be stored. Walks with its
 * own stack rather than recursion, so no value, however deep, can exhaust the call stack.
 */
export function findUnstorableText(value: unknown): { field: string; message: string }[] {
  // Paths are linked back to their parent and spelled out only for a finding, so deep values stay linear.
  type Path = { key: string; parent: Path } | null;
  type Pending = { value: unknown; path: Path } | { badKey: string; path: Path };
  const spell = (path: Path, last?: string): string => {
    const keys = last === undefined ? [] : [last];
    for (let at = path; at; at = at.parent) keys.push(at.key);
    return keys.reverse().join('.');
  };
  const found: { field: string; message: string }[] = [];
  const pending: Pending[] = [{ value, path: null }];
  while (pending.length) {
    const next = pending.pop()!;
    if ('badKey' in next) {
      found.push({ field: spell(next.path, '(key)'), message: next.badKey });
      continue;
    }
    const { value: item, path } = next;
    if (typeof item === 'string') {
      const problem = unstorableTextProblem(item);
      if (problem) found.push({ field: spell(path) || '(body)', message: problem });
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) pending.push({ value: item[i], path: { key: String(i), parent: path } });
    } else if (item !== null && typeof item === 'object') {
      // Pushed in reverse so fields are reported in document order.
      for (const [key, child] of Object.entries(item).reverse()) {
        const badKey = unstorableTextProblem(key);
        pending.push(badKey ? { badKey, path } : { value: child, path: { key, parent: path } });
      }
    }
  }
  return found;
}

/** Line breaks and other control characters have no place in a name or title (they reach e-mail headers). */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
