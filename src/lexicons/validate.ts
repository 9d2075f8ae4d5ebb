import type { z } from 'zod';

/** An invalid lexicon: names the lexicon, the entry path and the problem. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
  /** Name of the lexicon that failed. */
  readonly lexicon: string;
  /** Each problem with its path in the lexicon (`entries.3.lemmas`). */
  readonly issues: ReadonlyArray<{ path: string; message: string }>;

  constructor(lexicon: string, issues: ReadonlyArray<{ path: string; message: string }>) {
    const lines = issues.map((issue) => `  at ${issue.path || '(root)'}: ${issue.message}`);
    super(`framelens: invalid lexicon "${lexicon}":\n${lines.join('\n')}`);
    this.lexicon = lexicon;
    this.issues = issues;
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** How deep a lexicon may nest; real lexicons are four or five levels deep. */
const MAX_DEPTH = 64;

/**
 * Paths of keys that could pollute prototypes when a lexicon is merged into objects, and of
 * structures no JSON lexicon has (cycles, extreme depth). Iterative, so no input can overflow the
 * stack.
 */
function findForbiddenKeys(value: unknown): Array<{ path: string; message: string }> {
  const found: Array<{ path: string; message: string }> = [];
  const seen = new WeakSet<object>();
  const stack: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string[] };
    if (current === null || typeof current !== 'object') continue;
    if (seen.has(current)) {
      found.push({ path: path.join('.'), message: 'a cycle: the lexicon refers to itself' });
      continue;
    }
    seen.add(current);
    if (path.length > MAX_DEPTH) {
      found.push({ path: path.slice(0, MAX_DEPTH).join('.'), message: `nested deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    for (const key of Object.keys(current)) {
      const keyPath = [...path, key];
      if (FORBIDDEN_KEYS.has(key)) found.push({ path: keyPath.join('.'), message: 'forbidden key' });
      else stack.push({ value: (current as Record<string, unknown>)[key], path: keyPath });
    }
  }
  return found;
}

/** Validates `data` against a lexicon schema; throws a `LexiconError` with every problem. */
export function validateLexicon<T>(schema: z.ZodType<T>, name: string, data: unknown): T {
  const result = readGuarded(name, () => {
    const forbidden = findForbiddenKeys(data);
    if (forbidden.length > 0) throw new LexiconError(name, forbidden);
    return schema.safeParse(data);
  });
  if (result.success) return result.data;
  throw new LexiconError(
    name,
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}

/** Runs `read`; whatever a lexicon object throws (a getter, a proxy) becomes a `LexiconError`. */
function readGuarded<R>(name: string, read: () => R): R {
  try {
    return read();
  } catch (error) {
    if (error instanceof LexiconError) throw error;
    throw new LexiconError(name, [{ path: '', message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` }]);
  }
}
