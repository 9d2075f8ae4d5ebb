/**
 * The CLI: arguments → inputs → analyses on a pool of workers → output in input order, streamed
 * with backpressure. Returns the exit code: 0 all analyzed, 1 some inputs failed, 2 usage error.
 */
import { once } from 'node:events';
import { checkOptions } from '../analyzer.js';
import { LexiconError } from '../lexicons/validate.js';
import type { AnalyzerOptions } from '../types.js';
import { HELP, parseCli, UsageError, type CliOptions, type Format } from './args.js';
import { CompareBuilder, comparisonHtml, comparisonJsonLines, comparisonMarkdown, comparisonText } from './compare.js';
import { articleMarkdown, articleText, type ArticleAnalysis } from './format/article.js';
import { htmlArticle, htmlEnd, htmlError, htmlStart } from './format/html.js';
import { expandInputs, type InputError } from './inputs.js';
import { readLexiconFiles } from './lexicon-files.js';
import { readRecords } from './records.js';
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
  /** Label for messages and reports. */
  name: string;
  /** The start of its JSON output item (`{` with the id and passed-through fields, no closing brace). */
  head: string;
  json?: string;
  error?: InputError;
}

/** Failures kept for the summary; beyond this only the count. */
const MAX_REPORTED_FAILURES = 20;

/** The reader of the output went away (`| head -1`): stop quietly, it is no failure. */
class OutputClosed extends Error {
  override readonly name = 'OutputClosed';
}

/** Output streams whose reader closed them (EPIPE), so that writing stops instead of crashing. */
const closedOutputs = new WeakSet<NodeJS.WritableStream>();

/** Watches a stream for its reader going away; any other error is kept for the next write. */
function watchOutput(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closedOutputs.add(stream);
  });
}

/** Writes with backpressure: waits for "drain" when the stream's buffer is full. */
async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (closedOutputs.has(stream)) throw new OutputClosed('output closed');
  try {
    if (!stream.write(chunk)) await once(stream, 'drain');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') throw new OutputClosed('output closed');
    throw error;
  }
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

/** The line of an outcome in JSON Lines (and the item of the JSON array). */
function outcomeJson(outcome: Outcome): string {
  const body = outcome.json !== undefined ? `"analysis":${outcome.json}` : `"error":${JSON.stringify(outcome.error)}`;
  return `${outcome.head},${body}}`;
}

/** The head of the output item of a file input: its path as id. */
function pathHead(path: string): string {
  return JSON.stringify({ id: path }).slice(0, -1);
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
  // On a terminal, but not when the output itself goes to the terminal (a table would be interleaved).
  const progress = io.stderr.isTTY && !io.stdout.isTTY ? new Progress(io.stderr) : undefined;
  const failures: string[] = [];
  let failed = 0;
  let total = 0;
  // Texts read ahead of the output: enough that a slow text at the head of the line does not leave
  // the workers without tasks (jobs * 4 left the worker idle a quarter of the time with --jobs 2).
  const window = jobs * 16;
  try {
    let outcomes: AsyncGenerator<Outcome>;
    if (options.jsonl) {
      const sources = (options.inputs.length === 0 ? ['-'] : options.inputs).map((path) => ({ path, stdin: io.stdin }));
      outcomes = ordered(readRecords(sources, maxChars), window, async (item): Promise<Outcome> => {
        if (item.text === undefined) return { name: item.name, head: item.head, error: item.error };
        const result = await pool.run(item.text);
        return result.ok ? { name: item.name, head: item.head, json: result.json } : { name: item.name, head: item.head, error: result.error };
      });
    } else {
      const sources = await expandInputs(options.inputs, io.stdin, maxChars);
      progress?.setTotal(sources.length);
      outcomes = ordered(sources, window, async (source): Promise<Outcome> => {
        const head = pathHead(source.id);
        const article = await source.read();
        if (article.error || article.text === undefined) return { name: source.id, head, error: article.error };
        const result = await pool.run(article.text);
        return result.ok ? { name: source.id, head, json: result.json } : { name: source.id, head, error: result.error };
      });
    }
    try {
      await consume(outcomes);
    } catch (error) {
      if (error instanceof OutputClosed) return 0;
      throw error;
    }
  } finally {
    progress?.done();
    await pool.close();
  }
  if (failed === 0) return 0;
  const more = failed > failures.length ? `\n  … and ${failed - failures.length} more` : '';
  await write(io.stderr, `framelens: ${failed} of ${total} inputs failed:\n${failures.map((line) => `  ${line}`).join('\n')}${more}\n`).catch(() => undefined);
  return 1;

  async function consume(outcomes: AsyncGenerator<Outcome>): Promise<void> {
    await formatter.start();
    for await (const outcome of outcomes) {
      total += 1;
      if (outcome.error) {
        failed += 1;
        const message = outcome.error?.message ?? 'failed';
        if (failures.length < MAX_REPORTED_FAILURES) failures.push(message.startsWith(outcome.name) ? message : `${outcome.name}: ${message}`);
      }
      await formatter.add(outcome);
      progress?.tick();
    }
    await formatter.end();
  }
}

/** Runs the command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  watchOutput(io.stdout);
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
