/**
 * Inputs: paths expanded into articles (files, folders walked for .txt, .md and .html, "-" for
 * standard input), each read as UTF-8 with a per-file error for what cannot be analyzed.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { htmlToText } from './html.js';

/** Extensions read from folders. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);
/** How far into a file a NUL byte marks it binary. */
const BINARY_PROBE_BYTES = 8192;

/** Why an input could not be analyzed. */
export interface InputError {
  code: 'unreadable' | 'binary' | 'invalid-utf8' | 'too-long' | 'invalid-json' | 'missing-text' | 'analysis-failed' | 'line-too-long';
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

/** Decodes file bytes as article text, or says why not. */
export function decodeArticle(id: string, bytes: Uint8Array, isHtml: boolean): Article {
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return { id, error: { code: 'binary', message: `${id}: a binary file, not text` } };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { id, error: { code: 'invalid-utf8', message: `${id}: not valid UTF-8` } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { id, text: isHtml ? htmlToText(text) : text };
}

function isHtmlPath(path: string): boolean {
  const extension = extname(path).toLowerCase();
  return extension === '.html' || extension === '.htm';
}

function fileSource(path: string): InputSource {
  return {
    id: path,
    async read() {
      try {
        return decodeArticle(path, await readFile(path), isHtmlPath(path));
      } catch (error) {
        return { id: path, error: { code: 'unreadable', message: `${path}: ${(error as { code?: string }).code ?? (error as Error).message}` } };
      }
    },
  };
}

/** Reads all of a stream into bytes. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Files under a folder with an article extension, in name order, recursively. */
async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

/**
 * The sources of the given paths, in order; a folder gives its article files; a path that cannot
 * be read gives a source that reads as an error, so the rest goes on.
 */
export async function expandInputs(paths: readonly string[], stdin: AsyncIterable<Uint8Array | string>): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  for (const path of paths) {
    if (path === '-') {
      sources.push({ id: '-', read: async () => decodeArticle('-', await readAll(stdin), false) });
      continue;
    }
    let isFolder = false;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      // Reading it will report why.
    }
    if (isFolder) {
      try {
        sources.push(...(await walk(path)).map(fileSource));
      } catch (error) {
        sources.push({ id: path, read: async () => ({ id: path, error: { code: 'unreadable', message: `${path}: ${(error as { code?: string }).code ?? String(error)}` } }) });
      }
    } else {
      sources.push(fileSource(path));
    }
  }
  return sources;
}
