/** `--lexicon` files: read, and sorted by kind (named as "kind:path" or read from the file's shape). */
import { readFileSync } from 'node:fs';
import { LEXICON_KINDS, type LexiconKind } from '../lexicons/user.js';
import { UsageError } from './args.js';

/** The kind a lexicon's shape shows, or undefined when it does not tell (no entries). */
function kindOfShape(data: unknown): LexiconKind | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  if ('entities' in data || 'perspectives' in data) return 'actors';
  const first = Array.isArray((data as { entries?: unknown }).entries) ? ((data as { entries: unknown[] }).entries[0] as Record<string, unknown> | undefined) : undefined;
  if (!first || typeof first !== 'object') return undefined;
  if ('frame' in first) return 'frames';
  if ('valence' in first) return 'tone';
  if ('set' in first || 'connotation' in first) return 'labels';
  if ('lemmas' in first) return 'cues';
  if ('phrases' in first) return 'boilerplate';
  if ('gender' in first) return 'names';
  if ('category' in first && 'terms' in first) return 'markers';
  return undefined;
}

/** Splits "kind:path" when the prefix is a lexicon kind (a Windows drive letter is not). */
function splitKind(argument: string): { kind: LexiconKind | undefined; path: string } {
  const colon = argument.indexOf(':');
  const prefix = colon > 0 ? argument.slice(0, colon) : '';
  return (LEXICON_KINDS as string[]).includes(prefix) ? { kind: prefix as LexiconKind, path: argument.slice(colon + 1) } : { kind: undefined, path: argument };
}

/**
 * Reads the lexicon files into objects by kind, for `createAnalyzer({ lexicons })` (validation
 * happens there). An unreadable file, bad JSON or an unknown kind is a usage error.
 */
export function readLexiconFiles(argumentsList: readonly string[]): Partial<Record<LexiconKind, unknown[]>> {
  const byKind: Partial<Record<LexiconKind, unknown[]>> = {};
  for (const argument of argumentsList) {
    const { kind: named, path } = splitKind(argument);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (error) {
      throw new UsageError(`--lexicon ${path}: ${(error as { code?: string }).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
    const kind = named ?? kindOfShape(data);
    if (!kind) throw new UsageError(`--lexicon ${path}: cannot tell its kind from its entries; name it, as in --lexicon frames:${path}`);
    (byKind[kind] ??= []).push(data);
  }
  return byKind;
}
