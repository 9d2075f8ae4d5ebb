/**
 * Every public shape of framelens, in one place.
 *
 * The pipeline is text → text layer → attributions → actors → perspectives → metrics;
 * each stage reads the shapes defined here and adds its own.
 *
 * @packageDocumentation
 */
import type { CueStance, FrameId, LabelConnotation, MarkerCategory } from './lexicons/schemas.js';
import type { LexiconOptions } from './lexicons/user.js';

export type { CueStance, FrameId, LabelConnotation, MarkerCategory };

/**
 * A stretch of the original input.
 *
 * `start` and `end` are UTF-16 offsets into the string given to `analyze()` (end exclusive),
 * so `text === input.slice(start, end)` always holds, also with CRLF, tabs and emoji.
 */
export interface Span {
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset just past the last UTF-16 code unit. */
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
}

/** A word, number or punctuation mark, as wink-nlp tokenized it. */
export interface Token extends Span {
  /** Universal Dependencies part-of-speech tag (`NOUN`, `VERB`, `PROPN`, …). */
  pos: string;
  /** Lemma in lower case; the lower-cased text where wink-nlp gives none. */
  lemma: string;
  /** Index of the sentence (in `Analysis.sentences`) that holds the token. */
  sentence: number;
}

/** A paragraph: a block of text between line breaks. */
export interface Paragraph extends Span {
  /** Index of the paragraph in `Analysis.paragraphs`. */
  index: number;
  /** True when the paragraph is boilerplate (donation or newsletter appeal, …). */
  boilerplate: boolean;
}

/** A sentence, repaired so that a quotation and the attribution closing it stay together. */
export interface Sentence extends Span {
  /** Index of the sentence in `Analysis.sentences`. */
  index: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  /** Index of the first token and one past the last token in `Analysis.tokens`. */
  tokens: { start: number; end: number };
  /**
   * Index of the quotation (in `Analysis.quotes`) that spans several sentences and overlaps this
   * one, else `null`. The sentences of a multi-sentence quotation are linked to it this way.
   */
  quote: number | null;
}

/** The quote marks a quotation was found between. */
export type QuoteStyle = 'curly' | 'straight' | 'single' | 'guillemets';

/** A quotation, found at character level. The span includes the quote marks. */
export interface Quote extends Span {
  /** Index of the quotation in `Analysis.quotes`. */
  index: number;
  /** The quoted text without the quote marks. */
  inner: Span;
  /** Which marks enclose it. */
  style: QuoteStyle;
  /** Index of the enclosing quotation for a quotation nested in another, else `null`. */
  parent: number | null;
  /** False when the closing mark is missing and the quotation was closed at the paragraph end. */
  closed: boolean;
  /**
   * Index of the quotation this one continues (a quoted paragraph left open, followed by a paragraph
   * that opens with a quote mark), else `null`.
   */
  continues: number | null;
}

/** How an attributed content is rendered. */
export type AttributionKind = 'direct' | 'indirect' | 'mixed';

/**
 * How an attribution was recognized: where its content stands relative to its cue.
 * - `quote-before`: “…,” X said · `clause-before`: …, X said · `quote-after`: X said: “…”
 * - `that-clause`: X said that … · `clause`: X maintains it is … · `as-complement`: X sees A as B
 * - `relative`: what X considers … · `object`: X denied the report · `noun`: X’s claim that …
 * - `according-to`: according to X, … · `label`: X: … (speaker label) · `byline`: “…” — X (a signed quotation)
 * - `continuation`: a quotation with no cue
 */
export type AttributionPattern =
  | 'quote-before'
  | 'clause-before'
  | 'quote-after'
  | 'that-clause'
  | 'clause'
  | 'as-complement'
  | 'relative'
  | 'object'
  | 'noun'
  | 'according-to'
  | 'label'
  | 'byline'
  | 'continuation';

/**
 * One attributed viewpoint: who (source) is presented as saying, believing or showing what
 * (content), through which words (cue).
 */
export interface Attribution {
  /** Stable id within one analysis (`"a1"`, `"a2"`, …). */
  id: string;
  /** The in-text mention of the source, or `null` when the text names none. */
  source: Span | null;
  /** The words that signal attribution, or `null` for a continuing quotation without a cue. */
  cue: Span | null;
  /**
   * What is attributed, in text order: two spans when the cue interrupts the content, more when a
   * quotation without a cue in the same paragraph continues it.
   */
  content: Span[];
  /** Direct (fully quoted), indirect (no quote marks) or mixed. */
  kind: AttributionKind;
  /** Id of the resolved actor, or `null`. */
  actor: string | null;
  /** Id of the perspective the actor belongs to, or `null`. */
  perspective: string | null;
  /** How sure the extractor is, 0..1. */
  confidence: number;
  /** Id of the enclosing attribution when nested, else `null`. */
  parent: string | null;
  /** Id of the cue lexicon entry behind the cue, or `null`. */
  cueEntry: string | null;
  /** How the attribution was recognized. */
  pattern: AttributionPattern;
  /** Index of the sentence that holds the cue (or the content, without a cue). */
  sentence: number;
}

/** What kind of thing an actor is. */
export type ActorKind = 'person' | 'organization' | 'place' | 'group' | 'unspecified';

/** One participant of the story, with all its mentions merged. */
export interface Actor {
  /** Stable id within one analysis (`"p1"`, …). */
  id: string;
  /**
   * Canonical name: the label of the perspective-pack entity the actor is (`"Russia"` for "Moscow"),
   * else its fullest name mention.
   */
  name: string;
  /** Person, organization, place, group or unspecified. */
  kind: ActorKind;
  /** Every mention of the actor, in text order. */
  mentions: Span[];
  /** Id of the perspective the actor belongs to, or `null`. */
  perspective: string | null;
  /** True when the actor is mentioned at least twice but is never a source. */
  voiceless: boolean;
  /** Id of the lexicon entry that identified the actor, or `null`. */
  entry: string | null;
}

/** The framing lexicons whose entries evidence cites. */
export type EvidenceLexicon = 'cues' | 'frames' | 'markers' | 'labels' | 'tone';

/** One piece of evidence: a span of the text and the lexicon entry it matched. */
export interface Evidence {
  /** The words that matched. */
  span: Span;
  /** The lexicon the entry belongs to. */
  lexicon: EvidenceLexicon;
  /**
   * Id of the lexicon entry (`"distancing-so-called"`, `"security-military-force"`, `"claim"`), or
   * `"scare-quote"` for a scare quote, which a rule finds rather than a lexicon.
   */
  entry: string;
  /** Id of the attribution whose content (or cue) holds the span, or `null` for the author's own text. */
  attribution: string | null;
}

/** How the author introduces a side: one cue stance and the cues behind it. */
export interface StanceCount {
  /** The stance of the cue lexicon entries (`neutral`, `distancing`, `accusation`, …). */
  stance: CueStance;
  count: number;
  /** Each cue, with its entry and attribution. */
  evidence: Evidence[];
}

/** A frame evoked in some text, with every term that evoked it. */
export interface FrameCount {
  frame: FrameId;
  count: number;
  evidence: Evidence[];
}

/** A loaded label used in some text: its competing set, connotation and occurrences. */
export interface LabelCount {
  /** Id of the competing set (`"russia-ukraine-war"`). */
  set: string;
  /** Id of the label entry (`"war-invasion"`). */
  label: string;
  connotation: LabelConnotation;
  count: number;
  evidence: Evidence[];
}

/** Epistemic markers of one category in some text. */
export interface MarkerCount {
  category: MarkerCategory;
  count: number;
  evidence: Evidence[];
}

/** The tone of some text from the tone lexicon. */
export interface Tone {
  /** Mean valence of the tone words, -3..3 (0 without any), negated words flipped. */
  valence: number;
  /** Tone words with a positive (after negation) valence. */
  positive: number;
  /** Tone words with a negative (after negation) valence. */
  negative: number;
  evidence: Evidence[];
}

/** What the framing lexicons find in some text. */
export interface FramingProfile {
  frames: FrameCount[];
  labels: LabelCount[];
  markers: MarkerCount[];
  tone: Tone;
}

/** Where a side is heard first, last, in the headline or in the lead paragraph. */
export interface Prominence {
  /** One of its attributions is in the headline. */
  headline: boolean;
  /** One of its attributions is in the lead (the first paragraph of the body). */
  lead: boolean;
  /** It is the first voice of the body (headline left out). */
  firstVoice: boolean;
  /** It is the last voice of the article. */
  lastVoice: boolean;
  /** Ids of the attributions behind these flags. */
  evidence: string[];
}

/** How a side is portrayed in another side's content. */
export interface Portrayal {
  /** Id of the perspective whose content mentions this one. */
  by: string;
  /** Id of that attribution. */
  attribution: string;
  /** The mention of this side's actor in that content. */
  mention: Span;
  /** What the framing lexicons find in that attribution's content. */
  framing: FramingProfile;
}

/** A side of the story: the actors that share a perspective, and how the article voices them. */
export interface Perspective {
  /** Stable id (`"russia"`, `"united-states"`, or `"actor:p7"` for an actor in no lexicon). */
  id: string;
  /** Human-readable label. */
  label: string;
  /** Ids of the actors in this perspective. */
  actors: string[];
  /** Id of the perspective-pack perspective, or `null` for an actor in no lexicon. */
  entry: string | null;
  /** Ids of the attributions whose actor belongs to this perspective. */
  attributions: string[];
  /**
   * Share of the attributed content words whose source belongs to a side that this side holds,
   * 0..1 (the shares of all sides add up to 1; words of attributions with no resolved source are
   * left out). A word in a nested attribution counts for the innermost one only.
   */
  voiceShare: number;
  /** Attributed content words this side holds. */
  contentWords: number;
  /** Share of those words that stand inside quotation marks, 0..1. */
  directQuoteShare: number;
  prominence: Prominence;
  /** How the author introduces it: cue stances, most frequent first. */
  stances: StanceCount[];
  /** Frames, labels, markers and tone of its content. */
  framing: FramingProfile;
  /** How other sides' content portrays it. */
  portrayals: Portrayal[];
  /** True when its actors are mentioned at least twice in all but never speak. */
  voiceless: boolean;
}

/** The author's own voice: sentences that hold no attribution. */
export interface AuthorialVoice {
  /** Share of the article's words in those sentences, 0..1. */
  share: number;
  /** Indexes of those sentences. */
  sentences: number[];
  /** Frames, labels, markers (scare quotes included) and tone of those sentences. */
  framing: FramingProfile;
}

/** Document-level figures of the perspective and framing stage. */
export interface Metrics {
  /** Normalized entropy of the voice shares: 0 one voice (or none), 1 all voiced sides even. */
  balance: number;
  /** Id of the perspective with the largest voice share, or `null` when nobody is quoted. */
  dominantPerspective: string | null;
  /** Ids of the actors mentioned at least twice and never a source. */
  voiceless: string[];
  /** Ids of the perspectives mentioned at least twice and never heard. */
  voicelessPerspectives: string[];
  authorial: AuthorialVoice;
}

/** The result of `analyze()`. Every span points into `text`. */
export interface Analysis {
  /** The input, unchanged. */
  text: string;
  /**
   * The headline: a short first line that ends without closing punctuation, or holds one sentence
   * and is set apart from the body by a blank line; else `null`.
   */
  headline: Span | null;
  /** Paragraphs, boilerplate included (flagged). */
  paragraphs: Paragraph[];
  /** Sentences of the article body and headline; boilerplate excluded. */
  sentences: Sentence[];
  /** Tokens of those sentences. */
  tokens: Token[];
  /** Quotations in the article body and headline. */
  quotes: Quote[];
  /** Spans of boilerplate (appeals to donate, subscribe, share, …), excluded from analysis. */
  boilerplate: BoilerplateSpan[];
  /** Attributed viewpoints. */
  attributions: Attribution[];
  /** Participants of the story. */
  actors: Actor[];
  /** Sides of the story. */
  perspectives: Perspective[];
  /** Document-level figures. */
  metrics: Metrics;
}

/** A boilerplate paragraph and the lexicon entry that marked it. */
export interface BoilerplateSpan extends Span {
  /** Id of the boilerplate lexicon entry that matched. */
  entry: string;
}

/** Options of `createAnalyzer()` and `analyze()`. */
export interface AnalyzerOptions {
  /**
   * Longest input accepted, in UTF-16 code units; longer input throws a `RangeError`.
   * @defaultValue 5_000_000
   */
  maxChars?: number;
  /**
   * Attributions less confident than this (0..1) are left out. Confidence estimates the share of
   * such attributions that annotators of the PolNeAR corpus marked too.
   * @defaultValue 0.4
   */
  minConfidence?: number;
  /**
   * User lexicons by kind (`actors`, `frames`, `markers`, `labels`, `tone`, `cues`, `boilerplate`):
   * objects, or JSON file paths in Node. Each extends the built-in lexicon of its kind unless it
   * sets `replace: true`. Validated at creation: an invalid lexicon throws a `LexiconError`.
   */
  lexicons?: LexiconOptions;
}
