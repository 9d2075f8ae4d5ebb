/**
 * framelens: multi-perspective framing analysis of news. Who says what, and how each side is framed.
 *
 * @packageDocumentation
 */
export { analyze, createAnalyzer, type Analyzer } from './analyzer.js';
export { DEFAULT_MAX_CHARS } from './input.js';
export { LexiconError } from './lexicons/validate.js';
export type {
  BoilerplateLexicon,
  BoilerplateEntry,
  CueLexicon,
  CueEntry,
} from './lexicons/schemas.js';
export type * from './types.js';
