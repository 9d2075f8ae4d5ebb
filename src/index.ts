/**
 * framelens: multi-perspective framing analysis of news. Who says what, and how each side is framed.
 *
 * @packageDocumentation
 */
export { analyze, createAnalyzer, type Analyzer } from './analyzer.js';
export { DEFAULT_MAX_CHARS } from './input.js';
export { LexiconError } from './lexicons/validate.js';
export type {
  ActorEntity,
  ActorLexicon,
  BoilerplateLexicon,
  BoilerplateEntry,
  CueLexicon,
  CueEntry,
  FrameEntry,
  FrameLexicon,
  LabelEntry,
  LabelLexicon,
  MarkerEntry,
  MarkerLexicon,
  ToneEntry,
  ToneLexicon,
} from './lexicons/schemas.js';
export { LEXICON_KINDS, type LexiconKind, type LexiconOptions, type LexiconSource } from './lexicons/user.js';
export type * from './types.js';
