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

/** Paths of keys that could pollute prototypes when a lexicon is merged into objects. */
function findForbiddenKeys(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return found;
  for (const key of Object.keys(value)) {
    const keyPath = [...path, key];
    if (FORBIDDEN_KEYS.has(key)) found.push(keyPath.join('.'));
    else findForbiddenKeys((value as Record<string, unknown>)[key], keyPath, found);
  }
  return found;
}

/** Validates `data` against a lexicon schema; throws a `LexiconError` with every problem. */
export function validateLexicon<T>(schema: z.ZodType<T>, name: string, data: unknown): T {
  const forbidden = findForbiddenKeys(data);
  if (forbidden.length > 0) {
    throw new LexiconError(name, forbidden.map((path) => ({ path, message: 'forbidden key' })));
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new LexiconError(
    name,
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}
