/** One analysis as the CLI runs it, in a worker or inline: text in, JSON (or a coded error) out. */
import type { Analyzer } from '../analyzer.js';
import type { Analysis } from '../types.js';
import type { InputError } from './inputs.js';

/** What the JSON of an analysis keeps. */
export interface OutputShape {
  /** Keep `tokens` and `sentences` (large). */
  full: boolean;
  /** Keep `text` (the input; the HTML report needs it). */
  keepText: boolean;
}

/** The result of one task: the analysis as JSON, or why there is none. */
export type TaskResult = { ok: true; json: string } | { ok: false; error: InputError };

/** The analysis as JSON, without the fields the output shape leaves out. */
export function serializeAnalysis(analysis: Analysis, shape: OutputShape): string {
  // Top-level fields only: a span's own `text` is never touched.
  const { text, tokens, sentences, ...rest } = analysis;
  return JSON.stringify({ ...(shape.keepText ? { text } : {}), ...rest, ...(shape.full ? { sentences, tokens } : {}) });
}

/** Analyzes one text; a text over the limit or a failure becomes a coded error. */
export function runTask(analyzer: Pick<Analyzer, 'analyze' | 'options'>, text: string, shape: OutputShape): TaskResult {
  if (text.length > analyzer.options.maxChars) {
    return { ok: false, error: { code: 'too-long', message: `${text.length} characters, more than --max-chars ${analyzer.options.maxChars}` } };
  }
  try {
    return { ok: true, json: serializeAnalysis(analyzer.analyze(text), shape) };
  } catch (error) {
    return { ok: false, error: { code: 'analysis-failed', message: error instanceof Error ? error.message : String(error) } };
  }
}
