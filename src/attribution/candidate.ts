/** The shapes the cue handlers share: a candidate attribution and the context of its sentence. */
import type { CueEntry } from '../lexicons/schemas.js';
import type { AttributionPattern, Sentence } from '../types.js';
import type { TokenRange } from './source.js';
import type { DocView } from './view.js';


/** An attribution as token ranges, before spans, kinds and actors are assigned. */
export interface Candidate {
  source: TokenRange | null;
  cue: TokenRange | null;
  content: TokenRange[];
  entry: CueEntry | null;
  sentence: number;
  confidence: number;
  pattern: AttributionPattern;
  /** A question put to the clause's subject ("when asked by reporters whether …"): its source asks, and speaks for no later participle. */
  question?: true;
}

/** What the cue handlers of one sentence share. */
export interface SentenceContext {
  view: DocView;
  sentence: Sentence;
  isCueLemma: (lemma: string) => boolean;
  /** Tokens already used as a source or cue in this sentence. */
  taken: ReadonlySet<number>;
  /** Attributions found so far in this sentence. */
  found: readonly Candidate[];
}
