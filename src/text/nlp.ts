import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance framelens works with. */
export type Nlp = ReturnType<typeof winkNLP>;

/** The part of wink-nlp's core model that grows as it reads: the lexemes it has met. */
interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
}

/**
 * Lexemes an instance may accumulate before framelens starts a fresh one. Forgotten words still
 * take a row of wink-nlp's lexicon (see `forgetNewLexemes`), about 150 bytes each, a few per
 * news article: a fresh instance every few thousand articles keeps a long run's memory flat.
 */
const MAX_LEARNED_LEXEMES = 250_000;

/** The instance in use, its table of lexemes, and the table's size when it was loaded. */
let shared: { nlp: Nlp; lexemes: LexemeTable; loadedSize: number } | undefined;
/** What the model's entity-pattern loader gave the first time (see `load`). */
let metaCER: unknown;

/**
 * Loads wink-nlp with the English lite model: sentence boundaries and part-of-speech tags only.
 * Sentiment, negation and wink's own entity recognizer are left out of the pipe: framelens does
 * not use them, and sentiment alone costs about half the time.
 */
function load(): NonNullable<typeof shared> {
  let lexemes: LexemeTable | undefined;
  const wrapped: typeof model = Object.assign(Object.create(null) as typeof model, model, {
    // The core model is read through this wrapper so that its table of lexemes can be reached.
    core: () => {
      const core = (model.core as () => { features: { lexeme: LexemeTable } })();
      lexemes = core.features.lexeme;
      return core;
    },
    // The model's loader JSON-encodes its patterns again at every load, so that they double in
    // size each time and the twentieth load in a process fails ("Invalid string length"): its
    // first result is kept and given to every later load.
    metaCER: () => (metaCER ??= (model.metaCER as () => unknown)()),
  });
  const nlp = winkNLP(wrapped, ['sbd', 'pos']);
  if (!lexemes) throw new Error('framelens: wink-nlp did not load its core model');
  return { nlp, lexemes, loadedSize: lexemes.list.length };
}

/**
 * The wink-nlp instance to read the next document with: one per process, shared by every
 * analyzer, replaced by a fresh one once it has accumulated `MAX_LEARNED_LEXEMES` lexemes.
 */
export function currentNlp(): Nlp {
  if (shared && shared.lexemes.list.length - shared.loadedSize > MAX_LEARNED_LEXEMES) shared = undefined;
  shared ??= load();
  return shared.nlp;
}

/** Drops the instance in use, so that the next document is read by a fresh one. @internal (tests) */
export function renewNlp(): void {
  shared = undefined;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/u;

/** How many lexemes wink-nlp knows now: take it before reading a document, for `forgetNewLexemes`. */
export function lexemeCount(): number {
  return shared?.lexemes.list.length ?? 0;
}

/**
 * Makes wink-nlp forget the words it first met since `count` (see `lexemeCount`). wink-nlp adds every
 * unknown word it reads to its lexicon, and its tokenizer keeps a word whole when the lexicon knows
 * it ("Rubio’s" stays one token once some earlier text had it as one): without this, how a text is
 * tokenized, and so its whole analysis, would depend on what was read before it (405 of 840
 * PolNeAR articles came out differently read in reverse order). The words' rows stay in wink-nlp's
 * lexicon, which cannot shrink; `currentNlp` bounds them. Words are forgotten after each wink-nlp
 * call, which reads several paragraphs (`CHUNK_CHARS`): within one document, a word learned in a
 * paragraph can still decide how a later paragraph of the same call splits it ("the U.S" then "the
 * U.S."). The result depends on the document alone, never on other documents.
 */
export function forgetNewLexemes(count: number): void {
  if (!shared) return;
  const { hash, list } = shared.lexemes;
  for (let index = count; index < list.length; index += 1) {
    const word = list[index] as string;
    // Only a word with punctuation in it ("Rubio’s", "U.S.-led") is split or not depending on the
    // lexicon; a word of letters and digits is one token either way, and stays known (cheaper).
    if (hash[word] === index && NOT_LETTER_OR_DIGIT.test(word)) delete hash[word];
  }
}
