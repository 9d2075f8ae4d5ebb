import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance framelens works with. */
export type Nlp = ReturnType<typeof winkNLP>;

/**
 * Loads wink-nlp with the English lite model: sentence boundaries and part-of-speech tags only.
 * Sentiment, negation and wink's own entity recognizer are left out of the pipe: framelens does
 * not use them, and sentiment alone costs about half the time.
 */
export function loadNlp(): Nlp {
  // One instance per process, made on first use: wink-nlp changes the shared model object each
  // time it loads it, so that the twentieth load in one process fails ("Invalid string length").
  // framelens only reads documents with it, which any number of analyzers can share.
  shared ??= winkNLP(model, ['sbd', 'pos']);
  return shared;
}

let shared: Nlp | undefined;
