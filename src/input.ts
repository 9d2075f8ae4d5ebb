/** Longest input accepted by default, in UTF-16 code units. */
export const DEFAULT_MAX_CHARS = 5_000_000;

/** A readable name for the type of a value, for error messages. */
function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Checks the input of `analyze()`: a non-string throws a `TypeError` naming the type received;
 * a string longer than `maxChars` throws a `RangeError`.
 */
export function assertAnalyzableText(text: unknown, maxChars: number): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`framelens: analyze() expects a string, received ${describeType(text)}`);
  }
  if (text.length > maxChars) {
    throw new RangeError(
      `framelens: the text has ${text.length} characters, more than maxChars (${maxChars}); raise options.maxChars to analyze it`,
    );
  }
}

/** Checks `options.maxChars`: a positive safe integer. */
export function resolveMaxChars(maxChars: unknown): number {
  if (maxChars === undefined) return DEFAULT_MAX_CHARS;
  if (typeof maxChars !== 'number' || !Number.isSafeInteger(maxChars) || maxChars < 1) {
    throw new RangeError(`framelens: options.maxChars must be a positive integer, received ${String(maxChars)}`);
  }
  return maxChars;
}

/** Checks `options.minConfidence`: a number from 0 to 1. */
export function resolveMinConfidence(minConfidence: unknown, fallback: number): number {
  if (minConfidence === undefined) return fallback;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new RangeError(`framelens: options.minConfidence must be a number from 0 to 1, received ${String(minConfidence)}`);
  }
  return minConfidence;
}

/** The options `createAnalyzer()` knows; any other key is most likely a typo. */
const KNOWN_OPTIONS = new Set(['maxChars', 'minConfidence', 'lexicons']);

/** Checks that options are a plain object with known keys only. */
export function assertOptions(options: unknown): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`framelens: options must be an object, received ${describeType(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) {
      throw new TypeError(`framelens: unknown option "${key}"; known options are ${[...KNOWN_OPTIONS].join(', ')}`);
    }
  }
}
