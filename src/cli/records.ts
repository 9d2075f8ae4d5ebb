/**
 * JSON Lines records (`--jsonl`): each non-blank line of each input becomes one record to analyze
 * or one error, never zero and never two. Files are opened one at a time, when their turn comes.
 */
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import type { InputError } from './inputs.js';
import { readLines } from './lines.js';

/** A record's text may take up to six bytes a character ("\u0000"), plus the other fields. */
const BYTES_PER_CHAR = 6;
const EXTRA_BYTES = 1 << 20;
/** Output keys that a record's own fields must not shadow; such fields are passed through renamed. */
const RESERVED = new Set(['id', 'analysis', 'error']);

/** One input line, read: the text to analyze, or the error found already. */
export interface RecordItem {
  /** For messages: the file and line, and the id when it is a plain value. */
  name: string;
  /** The start of the output line: `{` with the passed-through fields and the id, without the closing brace. */
  head: string;
  text?: string;
  error?: InputError;
}

/** A source of records: a file path, or "-" for standard input. */
export interface RecordSource {
  path: string;
  stdin: AsyncIterable<Uint8Array | string>;
}

const EMPTY_HEAD = '{"id":null';

/** The head of an output line for a record's id and other fields; throws on what JSON cannot hold. */
function headOf(id: unknown, extra: Record<string, unknown>): string {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extra)) fields[RESERVED.has(key) ? `input.${key}` : key] = value;
  fields.id = id;
  return JSON.stringify(fields).slice(0, -1);
}

/** Reads one line into a record item. Never throws: whatever is wrong with the line is its error. */
function itemOf(bytes: Buffer | null, name: string, decoder: TextDecoder): RecordItem | null {
  if (bytes === null) return { name, head: EMPTY_HEAD, error: { code: 'line-too-long', message: `${name}: longer than --max-chars allows` } };
  let source: string;
  try {
    source = decoder.decode(bytes);
  } catch {
    return { name, head: EMPTY_HEAD, error: { code: 'invalid-utf8', message: `${name}: not valid UTF-8` } };
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.trim().length === 0) return null;
  let data: unknown;
  try {
    data = JSON.parse(source) as unknown;
  } catch (error) {
    return { name, head: EMPTY_HEAD, error: { code: 'invalid-json', message: `${name}: ${(error as Error).message}` } };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { name, head: EMPTY_HEAD, error: { code: 'invalid-json', message: `${name}: a record must be a JSON object` } };
  }
  const { id = null, text, ...extra } = data as Record<string, unknown>;
  const label = typeof id === 'string' || typeof id === 'number' ? `${name} (id ${JSON.stringify(id)})` : name;
  let head: string;
  try {
    head = headOf(id, extra);
  } catch (error) {
    return { name: label, head: EMPTY_HEAD, error: { code: 'invalid-json', message: `${label}: its fields cannot be written back (${(error as Error).message})` } };
  }
  if (typeof text !== 'string') return { name: label, head, error: { code: 'missing-text', message: `${label}: "text" must be a string` } };
  return { name: label, head, text };
}

/** The records of the sources, in order; an unreadable source is one error item, and the rest goes on. */
export async function* readRecords(sources: readonly RecordSource[], maxChars: number): AsyncGenerator<RecordItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const maxBytes = maxChars * BYTES_PER_CHAR + EXTRA_BYTES;
  for (const { path, stdin } of sources) {
    const file = path === '-' ? 'stdin' : path;
    try {
      // Opened only now: a missing file fails here, as its own item, and no descriptor is held early.
      const stream = path === '-' ? stdin : createReadStream(path);
      for await (const line of readLines(stream, maxBytes)) {
        const item = itemOf(line.bytes, `${file} line ${line.number}`, decoder);
        if (item) yield item;
      }
    } catch (error) {
      yield { name: file, head: EMPTY_HEAD, error: { code: 'unreadable', message: `${file}: ${(error as { code?: string }).code ?? (error as Error).message}` } };
    }
  }
}
