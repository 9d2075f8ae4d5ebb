/**
 * The CLI: arguments → inputs → analyses on a pool of workers → output in input order, streamed
 * with backpressure. Returns the exit code: 0 all analyzed, 1 some inputs failed, 2 usage error.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { checkOptions } from '../analyzer.js';
import { LexiconError } from '../lexicons/validate.js';
import type { AnalyzerOptions } from '../types.js';
import { HELP, parseCli, UsageError, type CliOptions, type Format } from './args.js';
import { CompareBuilder, comparisonHtml, comparisonJsonLines, comparisonMarkdown, comparisonText } from './compare.js';
import { articleMarkdown, articleText, type ArticleAnalysis } from './format/article.js';
import { htmlArticle, htmlEnd, htmlError, htmlStart } from './format/html.js';
import { expandInputs, type InputError } from './inputs.js';
import { readLexiconFiles } from './lexicon-files.js';
import { readLines } from './lines.js';
import { createPool, type Pool } from './pool.js';
import { Progress } from './progress.js';
import type { OutputShape } from './task.js';
import { VERSION } from './version.js';

/** The streams and facts the CLI runs with (the process's, or a test's). */
export interface CliIO {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Cores available: the default of `--jobs`. */
  cores: number;
}

/** One analyzed (or failed) input, in input order. */
interface Outcome {
  id: unknown;
  /** Label for messages and reports. */
  name: string;
  json?: string;
  error?: InputError;
  /** Fields of a JSON Lines record other than id and text, passed through. */
  extra?: Record<string, unknown>;
}

/** Failures kept for the summary; beyond this only the count. */
const MAX_REPORTED_FAILURES = 20;
/** A JSON Lines record's text may take up to six bytes a character ("\u0000"), plus the other fields. */
const JSONL_BYTES_PER_CHAR = 6;
const JSONL_EXTRA_BYTES = 1 << 20;

/** Writes with backpressure: waits for "drain" when the stream's buffer is full. */
async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * Runs `work` over items with at most `window` in flight and yields the results in input order;
 * the next item is read only when there is room, so reading follows the pace of the output.
 */
async function* ordered<T, R>(items: AsyncIterable<T> | Iterable<T>, window: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const queue: Array<Promise<R>> = [];
  for await (const item of items) {
    queue.push(work(item));
    if (queue.length >= window) yield await (queue.shift() as Promise<R>);
  }
  while (queue.length > 0) yield await (queue.shift() as Promise<R>);
}

/** JSON Lines records as outcomes-to-be: the text to analyze, or the error already found. */
async function* records(streams: ReadonlyArray<{ name: string; stream: AsyncIterable<Uint8Array | string> }>, maxChars: number): AsyncGenerator<RecordItem> {
  for (const { name, stream } of streams) {
    try {
      yield* recordsOf(stream, maxChars);
    } catch (error) {
      // An unreadable file is one failed input; the others go on.
      yield { outcome: { id: null, name, error: { code: 'unreadable', message: `${name}: ${(error as { code?: string }).code ?? (error as Error).message}` } } };
    }
  }
}

/** A JSON Lines record to analyze, or the outcome of one that cannot be. */
interface RecordItem {
  record?: { id: unknown; text: string; extra: Record<string, unknown> };
  outcome?: Outcome;
}

/** The records of one stream. */
async function* recordsOf(stream: AsyncIterable<Uint8Array | string>, maxChars: number): AsyncGenerator<RecordItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  {
    for await (const line of readLines(stream, maxChars * JSONL_BYTES_PER_CHAR + JSONL_EXTRA_BYTES)) {
      const name = `line ${line.number}`;
      if (line.bytes === null) {
        yield { outcome: { id: null, name, error: { code: 'line-too-long', message: `${name}: longer than --max-chars allows` } } };
        continue;
      }
      let source: string;
      try {
        source = decoder.decode(line.bytes);
      } catch {
        yield { outcome: { id: null, name, error: { code: 'invalid-utf8', message: `${name}: not valid UTF-8` } } };
        continue;
      }
      if (source.trim().length === 0) continue;
      let data: unknown;
      try {
        data = JSON.parse(source) as unknown;
      } catch (error) {
        yield { outcome: { id: null, name, error: { code: 'invalid-json', message: `${name}: ${(error as Error).message}` } } };
        continue;
      }
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        yield { outcome: { id: null, name, error: { code: 'invalid-json', message: `${name}: a record must be a JSON object` } } };
        continue;
      }
      const { id = null, text, ...extra } = data as Record<string, unknown>;
      const label = id === null ? name : `${name} (id ${JSON.stringify(id)})`;
      if (typeof text !== 'string') {
        yield { outcome: { id, name: label, extra, error: { code: 'missing-text', message: `${label}: "text" must be a string` } } };
        continue;
      }
      yield { record: { id, text, extra } };
    }
  }
}

/** The line of an outcome in JSON Lines (and the item of the JSON array). */
function outcomeJson(outcome: Outcome): string {
  const head = JSON.stringify({ ...outcome.extra, id: outcome.id });
  const body = outcome.json !== undefined ? `"analysis":${outcome.json}` : `"error":${JSON.stringify(outcome.error)}`;
  return `${head.slice(0, -1)},${body}}`;
}

/** Formats outcomes as they come, in order. */
class Formatter {
  private count = 0;
  private readonly compare = new CompareBuilder();

  constructor(
    private readonly format: Format,
    private readonly command: CliOptions['command'],
    private readonly out: NodeJS.WritableStream,
  ) {}

  async start(): Promise<void> {
    if (this.format === 'html') await write(this.out, htmlStart(this.command === 'compare' ? 'framelens: corpus comparison' : 'framelens report'));
    if (this.format === 'json' && this.command === 'analyze') await write(this.out, '[');
  }

  async add(outcome: Outcome): Promise<void> {
    this.count += 1;
    const analysis = outcome.json !== undefined && (this.command === 'compare' || this.format === 'table' || this.format === 'markdown' || this.format === 'html') ? (JSON.parse(outcome.json) as ArticleAnalysis) : undefined;
    if (this.command === 'compare') {
      if (analysis) this.compare.add(outcome.name, analysis);
      else this.compare.addError(outcome.name, outcome.error?.message ?? 'failed');
      return;
    }
    const error = outcome.error ? `${outcome.name}: not analyzed (${outcome.error.code}): ${outcome.error.message}` : '';
    switch (this.format) {
      case 'json':
        await write(this.out, `${this.count > 1 ? ',' : ''}\n${outcomeJson(outcome)}`);
        break;
      case 'jsonl':
        await write(this.out, `${outcomeJson(outcome)}\n`);
        break;
      case 'table':
        await write(this.out, `${this.count > 1 ? '\n' : ''}${analysis ? articleText(outcome.name, analysis) : `${error}\n`}`);
        break;
      case 'markdown':
        await write(this.out, `${this.count > 1 ? '\n' : ''}${analysis ? articleMarkdown(outcome.name, analysis) : `## ${outcome.name}\n\n${error}\n`}`);
        break;
      case 'html':
        await write(this.out, analysis ? htmlArticle(outcome.name, analysis as ArticleAnalysis & { text: string }) : htmlError(outcome.name, outcome.error?.message ?? 'failed'));
        break;
    }
  }

  async end(): Promise<void> {
    if (this.command === 'compare') {
      const comparison = this.compare.result();
      const text =
        this.format === 'json'
          ? `${JSON.stringify(comparison, null, 2)}\n`
          : this.format === 'jsonl'
            ? comparisonJsonLines(comparison)
            : this.format === 'markdown'
              ? comparisonMarkdown(comparison)
              : this.format === 'html'
                ? comparisonHtml(comparison)
                : comparisonText(comparison);
      await write(this.out, text);
    }
    if (this.format === 'json' && this.command === 'analyze') await write(this.out, '\n]\n');
    if (this.format === 'html') await write(this.out, htmlEnd());
  }
}

/** Analyzer options from the command line; lexicon files are read and validated here. */
function analyzerOptions(options: CliOptions): AnalyzerOptions {
  const lexicons = readLexiconFiles(options.lexicons);
  return {
    ...(options.maxChars === undefined ? {} : { maxChars: options.maxChars }),
    ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }),
    ...(Object.keys(lexicons).length > 0 ? { lexicons: lexicons as AnalyzerOptions['lexicons'] } : {}),
  };
}

async function analyzeAll(options: CliOptions, io: CliIO, maxChars: number, analyzerConfig: AnalyzerOptions, format: Format): Promise<number> {
  const shape: OutputShape = { full: options.full, keepText: format === 'html' && options.command === 'analyze' };
  const jobs = options.jobs ?? Math.max(1, io.cores);
  const pool: Pool = createPool(jobs, { options: analyzerConfig, shape });
  const formatter = new Formatter(format, options.command, io.stdout);
  const progress = io.stderr.isTTY ? new Progress(io.stderr) : undefined;
  const failures: string[] = [];
  let failed = 0;
  let total = 0;
  const window = jobs * 4;
  try {
    await formatter.start();
    let outcomes: AsyncGenerator<Outcome>;
    if (options.jsonl) {
      const streams = (options.inputs.length === 0 ? ['-'] : options.inputs).map((path) => ({ name: path, stream: path === '-' ? io.stdin : createReadStream(path) }));
      outcomes = ordered(records(streams, maxChars), window, async (item) => {
        if (item.outcome) return item.outcome;
        const record = item.record as { id: unknown; text: string; extra: Record<string, unknown> };
        const result = await pool.run(record.text);
        const name = `id ${JSON.stringify(record.id)}`;
        return result.ok ? { id: record.id, name, extra: record.extra, json: result.json } : { id: record.id, name, extra: record.extra, error: result.error };
      });
    } else {
      const sources = await expandInputs(options.inputs, io.stdin);
      progress?.setTotal(sources.length);
      outcomes = ordered(sources, window, async (source) => {
        const article = await source.read();
        if (article.error || article.text === undefined) return { id: source.id, name: source.id, error: article.error };
        const result = await pool.run(article.text);
        return result.ok ? { id: source.id, name: source.id, json: result.json } : { id: source.id, name: source.id, error: result.error };
      });
    }
    for await (const outcome of outcomes) {
      total += 1;
      if (outcome.error) {
        failed += 1;
        if (failures.length < MAX_REPORTED_FAILURES) failures.push(outcome.error.message);
      }
      await formatter.add(outcome);
      progress?.tick();
    }
    await formatter.end();
  } finally {
    progress?.done();
    await pool.close();
  }
  if (failed === 0) return 0;
  const more = failed > failures.length ? `\n  … and ${failed - failures.length} more` : '';
  await write(io.stderr, `framelens: ${failed} of ${total} inputs failed:\n${failures.map((line) => `  ${line}`).join('\n')}${more}\n`);
  return 1;
}

/** Runs the command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let options: CliOptions;
  let maxChars: number;
  let config: AnalyzerOptions;
  try {
    options = parseCli(argv);
    if (options.command === 'help') {
      await write(io.stdout, HELP);
      return 0;
    }
    if (options.command === 'version') {
      await write(io.stdout, `${VERSION}\n`);
      return 0;
    }
    config = analyzerOptions(options);
    ({ maxChars } = checkOptions(config));
  } catch (error) {
    // Usage errors, invalid lexicons and rejected analyzer options (framelens's own TypeError and
    // RangeError messages); anything else is a bug and propagates.
    const rejectedOption = (error instanceof TypeError || error instanceof RangeError) && error.message.startsWith('framelens:');
    if (error instanceof UsageError || error instanceof LexiconError || rejectedOption) {
      await write(io.stderr, `framelens: ${error.message.replace(/^framelens: /u, '')}\nRun framelens --help for usage.\n`);
      return 2;
    }
    throw error;
  }
  const format = options.format ?? (options.jsonl ? 'jsonl' : io.stdout.isTTY ? 'table' : 'json');
  if (options.jsonl && format !== 'jsonl') {
    await write(io.stderr, 'framelens: --jsonl writes JSON Lines; leave out --format or use --format jsonl\nRun framelens --help for usage.\n');
    return 2;
  }
  return analyzeAll(options, io, maxChars, config, format);
}
