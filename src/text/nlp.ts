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
  return winkNLP(model, ['sbd', 'pos']);
}
