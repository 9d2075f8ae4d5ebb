/** Command-line arguments: a command, its inputs and options, or a usage error. */
import { parseArgs } from 'node:util';
import { LEXICON_KINDS } from '../lexicons/user.js';

/** Output formats. */
export const FORMATS = ['table', 'markdown', 'json', 'jsonl', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** What the command line asks for. */
export interface CliOptions {
  command: 'analyze' | 'compare' | 'help' | 'version';
  /** Files, folders, or "-" for standard input. */
  inputs: string[];
  /** The output format; `undefined`: table on a terminal, JSON otherwise. */
  format: Format | undefined;
  /** JSON Lines records in, one line per record out. */
  jsonl: boolean;
  /** Lexicon files, each "path" (kind read from its shape) or "kind:path". */
  lexicons: string[];
  jobs: number | undefined;
  maxChars: number | undefined;
  minConfidence: number | undefined;
  /** Keep tokens and sentences in JSON output. */
  full: boolean;
}

/** A usage error: the message is shown with a pointer to `--help`, and the exit code is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const HELP = `Usage: framelens <command> [options] <paths...|->

Who says what in news articles, and how each side is framed.

Commands:
  analyze <paths...|->   analyze articles: files, folders (.txt, .md, .html) or - for stdin
  compare <paths...>     compare the voice shares of the sides across articles

Options:
  --format <f>           table | markdown | json | jsonl | html
                         (default: table on a terminal, json otherwise)
  --jsonl                read JSON Lines records {"id", "text", ...} from the inputs or stdin
                         and write one line per record, in input order
  --lexicon <file>       a lexicon file (JSON); repeatable; "kind:path" names its kind
                         (${LEXICON_KINDS.join(', ')})
  --jobs <n>             analyzers running at once (default: number of cores)
  --max-chars <n>        longest text accepted (default 5000000)
  --min-confidence <x>   leave out attributions less confident than x (0..1, default 0.4)
  --full                 keep tokens and sentences in JSON output
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 all inputs analyzed, 1 some inputs failed (summary on stderr), 2 usage error.
`;

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/u.test(value) || !Number.isSafeInteger(number) || number < 1) throw new UsageError(`${name} needs a positive integer, received "${value}"`);
  return number;
}

/** Parses the arguments after the program name. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        jsonl: { type: 'boolean', default: false },
        lexicon: { type: 'string', multiple: true, default: [] },
        jobs: { type: 'string' },
        'max-chars': { type: 'string' },
        'min-confidence': { type: 'string' },
        full: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const base = { inputs: [], format: undefined, jsonl: false, lexicons: [], jobs: undefined, maxChars: undefined, minConfidence: undefined, full: false };
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('missing command (analyze or compare)');
  if (command !== 'analyze' && command !== 'compare') throw new UsageError(`unknown command "${command}" (analyze or compare)`);
  const format = values.format;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, received "${format}"`);
  const minConfidence = values['min-confidence'] === undefined ? undefined : Number(values['min-confidence']);
  if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError(`--min-confidence needs a number from 0 to 1, received "${values['min-confidence']}"`);
  if (inputs.length === 0 && !values.jsonl) throw new UsageError(`${command} needs at least one path, or - for standard input`);
  if (command === 'compare' && values.jsonl) throw new UsageError('compare reads files and folders, not --jsonl records');
  return {
    command,
    inputs,
    format: format as Format | undefined,
    jsonl: values.jsonl,
    lexicons: values.lexicon,
    jobs: positiveInteger('--jobs', values.jobs),
    maxChars: positiveInteger('--max-chars', values['max-chars']),
    minConfidence,
    full: values.full,
  };
}
