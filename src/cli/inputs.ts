/**
 * Inputs: paths expanded into articles (files, folders walked for .txt, .md and .html, "-" for
 * standard input), each read as UTF-8 with a per-file error for what cannot be analyzed. A file
 * too large for `--max-chars` is refused from its size, before it is read.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { TextDecoder } from 'node:util';
import { htmlToText } from './html.js';

/** Extensions read from folders. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);
/** How far into a file a NUL byte marks it binary. */
const BINARY_PROBE_BYTES = 8192;
/** UTF-8 bytes per UTF-16 code unit, at most: a file larger than this many bytes a character is too long. */
const BYTES_PER_CHAR = 3;
/** HTML is mostly markup: a page may be this many times larger than the article text it holds. */
const HTML_MARKUP_FACTOR = 20;

/** Why an input could not be analyzed. */
export interface InputError {
  code: 'unreadable' | 'binary' | 'invalid-utf8' | 'too-long' | 'invalid-json' | 'missing-text' | 'analysis-failed' | 'line-too-long' | 'no-articles';
  message: string;
}

/** One article to analyze: its id (the path, or "-"), and its text or the reason it has none. */
export interface Article {
  id: string;
  text?: string;
  error?: InputError;
}

/** One input path, expanded: a file, the files of a folder, or standard input. */
export interface InputSource {
  id: string;
  /** Reads the article. */
  read(): Promise<Article>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The error of an input that cannot be read, from what was thrown. */
function unreadable(id: string, error: unknown): Article {
  return { id, error: { code: 'unreadable', message: `${id}: ${(error as { code?: string }).code ?? (error as Error).message}` } };
}

/** Decodes file bytes as article text, or says why not. */
function decodeArticle(id: string, bytes: Uint8Array, isHtml: boolean): Article {
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return { id, error: { code: 'binary', message: `${id}: a binary file, not text` } };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (error) {
    // The decoder throws a TypeError on invalid UTF-8; anything else (a string too long for the engine) is no encoding error.
    if (error instanceof TypeError) return { id, error: { code: 'invalid-utf8', message: `${id}: not valid UTF-8` } };
    return unreadable(id, error);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { id, text: isHtml ? htmlToText(text) : text };
}

function isHtmlPath(path: string): boolean {
  const extension = extname(path).toLowerCase();
  return extension === '.html' || extension === '.htm';
}

/** The most bytes a file may have for its text to fit in `maxChars`. */
function byteLimit(path: string, maxChars: number): number {
  return maxChars * BYTES_PER_CHAR * (isHtmlPath(path) ? HTML_MARKUP_FACTOR : 1);
}

function tooLong(id: string, bytes: number, maxChars: number): Article {
  return { id, error: { code: 'too-long', message: `${id}: ${bytes} bytes, more than --max-chars ${maxChars} allows` } };
}

function fileSource(path: string, maxChars: number): InputSource {
  return {
    id: path,
    async read() {
      try {
        const { size, isFile } = await stat(path).then((info) => ({ size: info.size, isFile: info.isFile() }));
        if (isFile && size > byteLimit(path, maxChars)) return tooLong(path, size, maxChars);
        return decodeArticle(path, await readFile(path), isHtmlPath(path));
      } catch (error) {
        return unreadable(path, error);
      }
    },
  };
}

/** Reads a stream into bytes, up to `limit` bytes; null when it is longer. */
async function readAll(stream: AsyncIterable<Uint8Array | string>, limit = Number.POSITIVE_INFINITY): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let length = 0;
  let over = false;
  for await (const chunk of stream) {
    if (over) continue;
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    length += buffer.length;
    if (length > limit) {
      over = true;
      chunks.length = 0;
    } else {
      chunks.push(buffer);
    }
  }
  return over ? null : Buffer.concat(chunks);
}

/**
 * Files under a folder with an article extension, in name order, recursively; symbolic links are
 * followed (each real folder once). A subfolder that cannot be read is one error source.
 */
async function walk(folder: string, maxChars: number, visited: Set<string>, out: InputSource[]): Promise<void> {
  let entries;
  try {
    const real = await realpath(folder);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    out.push({ id: folder, read: async () => unreadable(folder, error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        out.push({ id: path, read: async () => unreadable(path, error) });
        continue;
      }
    }
    if (isDirectory) await walk(path, maxChars, visited, out);
    else if (isFile && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(fileSource(path, maxChars));
  }
}

/**
 * The sources of the given paths, in order; a folder gives its article files (or one error when it
 * has none); a path that cannot be read gives a source that reads as an error, so the rest goes on.
 */
export async function expandInputs(paths: readonly string[], stdin: AsyncIterable<Uint8Array | string>, maxChars: number): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  for (const path of paths) {
    if (path === '-') {
      sources.push({
        id: '-',
        read: async () => {
          try {
            const bytes = await readAll(stdin, maxChars * BYTES_PER_CHAR);
            return bytes === null ? tooLong('-', maxChars * BYTES_PER_CHAR + 1, maxChars) : decodeArticle('-', bytes, false);
          } catch (error) {
            return unreadable('-', error);
          }
        },
      });
      continue;
    }
    let isFolder = false;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      // Reading it will report why.
    }
    if (!isFolder) {
      sources.push(fileSource(path, maxChars));
      continue;
    }
    const found: InputSource[] = [];
    await walk(path, maxChars, new Set(), found);
    if (found.length === 0) {
      sources.push({ id: path, read: async () => ({ id: path, error: { code: 'no-articles', message: `${path}: no .txt, .md or .html files in this folder` } }) });
    }
    for (const source of found) sources.push(source);
  }
  return sources;
}
