/**
 * User lexicons: objects (or, in Node, JSON file paths) that extend or replace the built-in
 * lexicon of their kind. Every lexicon is validated at analyzer creation; an invalid one throws a
 * `LexiconError` naming the lexicon, the entry path and the problem.
 */
import type { z } from 'zod';
import type { BuiltinLexicons } from './builtin.js';
import { actorLexiconShape, checkEntityPerspectives, LEXICON_SCHEMAS } from './schemas.js';
import { LexiconError, validateLexicon } from './validate.js';

/**
 * The schema of each kind of lexicon a user may supply (all but the confidence model and the
 * mention words, which the actors stage reads at module load). A user's
 * actors are checked against the perspectives in force once merged: a user entity may join a
 * built-in side.
 */
const { 'confidence-model': _model, 'mention-words': _mentionWords, ...builtinKinds } = LEXICON_SCHEMAS;
const USER_SCHEMAS = { ...builtinKinds, actors: actorLexiconShape } as const;

/** The kinds of lexicon a user may supply. */
export type LexiconKind = keyof typeof USER_SCHEMAS;

/** The kinds, for messages and checks. */
export const LEXICON_KINDS = Object.keys(USER_SCHEMAS) as LexiconKind[];

/** A user lexicon: an object of the kind's shape, or the path of a JSON file (Node only). */
export type LexiconSource<Kind extends LexiconKind> = z.input<(typeof USER_SCHEMAS)[Kind]> | string;

/**
 * User lexicons by kind. Each extends the built-in lexicon of its kind (entries added; an entry
 * with a built-in id replaces it) unless it sets `replace: true`. Several lexicons of one kind
 * apply in order.
 */
export type LexiconOptions = { [Kind in LexiconKind]?: LexiconSource<Kind> | ReadonlyArray<LexiconSource<Kind>> };

/** The file system, when the runtime is Node (read without importing a Node built-in). */
function nodeFileSystem(): { readFileSync(path: string, encoding: 'utf8'): string } | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return runtime?.getBuiltinModule?.('node:fs') as { readFileSync(path: string, encoding: 'utf8'): string } | undefined;
}

/** Reads a lexicon file as JSON; any failure is a `LexiconError` naming the file. */
function readLexiconFile(path: string): unknown {
  const fs = nodeFileSystem();
  if (!fs) throw new LexiconError(path, [{ path: '', message: 'lexicon file paths need Node 20.16 or later; pass the lexicon as an object' }]);
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    throw new LexiconError(path, [{ path: '', message: `cannot read the file (${(error as { code?: string }).code ?? String(error)})` }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LexiconError(path, [{ path: '', message: `invalid JSON: ${(error as Error).message}` }]);
  }
}

/** The name a lexicon goes by in errors: its file, its `name`, or its kind and position. */
function lexiconName(kind: LexiconKind, source: unknown, index: number, count: number): string {
  if (typeof source === 'string') return source;
  const name = source !== null && typeof source === 'object' ? (source as { name?: unknown }).name : undefined;
  const position = count > 1 ? `lexicons.${kind}[${index}]` : `lexicons.${kind}`;
  return typeof name === 'string' && name.length > 0 ? `${name} (${position})` : position;
}

/** Entries of `extra` added to `base`; an extra entry with a base entry's id takes its place. */
function mergeById<Entry extends { id: string }>(base: readonly Entry[], extra: readonly Entry[]): Entry[] {
  const replaced = new Set(extra.map((entry) => entry.id));
  return [...base.filter((entry) => !replaced.has(entry.id)), ...extra];
}

/** Applies one validated user lexicon to the lexicons in force. */
function apply(lexicons: BuiltinLexicons, kind: LexiconKind, lexicon: { replace?: boolean | undefined }, name: string): BuiltinLexicons {
  const replace = lexicon.replace === true;
  if (kind === 'actors') {
    const user = lexicon as BuiltinLexicons['actors'];
    const base = lexicons.actors;
    const merged = replace ? user : { ...base, perspectives: mergeById(base.perspectives, user.perspectives), entities: mergeById(base.entities, user.entities) };
    const known = new Set(merged.perspectives.map((perspective) => perspective.id));
    const issues: Array<{ path: string; message: string }> = [];
    checkEntityPerspectives(user.entities, known, (issue) => issues.push({ path: issue.path.join('.'), message: issue.message }));
    if (issues.length > 0) throw new LexiconError(name, issues);
    return { ...lexicons, actors: merged };
  }
  const user = lexicon as { entries: Array<{ id: string }> };
  const base = lexicons[kind] as { entries: Array<{ id: string }> };
  return { ...lexicons, [kind]: replace ? user : { ...base, entries: mergeById(base.entries, user.entries) } };
}

/** Checks the `lexicons` option: a plain object whose keys are lexicon kinds. */
function assertLexiconOptions(options: unknown): asserts options is Record<LexiconKind, unknown> {
  const prototype = options !== null && typeof options === 'object' ? (Object.getPrototypeOf(options) as unknown) : undefined;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError('framelens: options.lexicons must be a plain object of lexicons by kind ({ frames: …, actors: … })');
  }
  for (const key of Object.keys(options as object)) {
    if (!(LEXICON_KINDS as string[]).includes(key)) {
      throw new TypeError(`framelens: unknown lexicon kind "${key}"; known kinds are ${LEXICON_KINDS.join(', ')}`);
    }
  }
}

/** The lexicons in force: the built-ins with every user lexicon applied, each validated. */
export function resolveLexicons(builtin: BuiltinLexicons, options: unknown): BuiltinLexicons {
  if (options === undefined) return builtin;
  assertLexiconOptions(options);
  let lexicons = builtin;
  for (const kind of LEXICON_KINDS) {
    const value = options[kind];
    if (value === undefined) continue;
    const sources = Array.isArray(value) ? (value as unknown[]) : [value];
    sources.forEach((source, index) => {
      const name = lexiconName(kind, source, index, sources.length);
      const data = typeof source === 'string' ? readLexiconFile(source) : source;
      const lexicon = validateLexicon(USER_SCHEMAS[kind] as z.ZodType<{ replace?: boolean }>, name, data);
      lexicons = apply(lexicons, kind, lexicon, name);
    });
  }
  return lexicons;
}
