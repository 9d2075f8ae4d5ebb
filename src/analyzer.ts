import { resolveActors } from './actors/index.js';
import { compileGivenNames } from './actors/gender.js';
import { extractAttributions } from './attribution/index.js';
import { compileCues, demandVerbLemmas, speechVerbLemmas } from './attribution/cues.js';
import { compileModel } from './attribution/model.js';
import { DEFAULT_MIN_CONFIDENCE } from './attribution/extract.js';
import { assertAnalyzableText, assertOptions, resolveMaxChars, resolveMinConfidence } from './input.js';
import { builtinLexicons, type BuiltinLexicons } from './lexicons/builtin.js';
import { compileBoilerplate } from './text/boilerplate.js';
import { buildTextLayer, type TextLayerConfig } from './text/index.js';
import { currentNlp } from './text/nlp.js';
import type { Analysis, AnalyzerOptions, Attribution, Span } from './types.js';
import { resolveLexicons } from './lexicons/user.js';
import { compileEntities, groupPerspectives, oneWordEntityNames } from './perspectives/index.js';
import { compileFraming, scoreFraming, type FramingLexicons } from './framing/index.js';

/** A reusable analyzer: the language model and lexicons are loaded once, at creation. */
export interface Analyzer {
  /**
   * Analyzes one article. Synchronous; every span of the result points into `text`.
   * @throws TypeError when `text` is not a string.
   * @throws RangeError when `text` is longer than `maxChars`.
   */
  analyze(text: string): Analysis;
  /** The options in force, with defaults filled in. */
  readonly options: Readonly<Required<Omit<AnalyzerOptions, 'lexicons'>>>;
}

/**
 * Checks analyzer options and resolves the lexicons without loading the language model: what
 * `createAnalyzer()` throws, this throws too. (The CLI checks options once in its main thread and
 * leaves the analyzers to its workers.)
 * @internal
 */
export function checkOptions(options: AnalyzerOptions): { maxChars: number; minConfidence: number; lexicons: BuiltinLexicons } {
  assertOptions(options);
  return {
    maxChars: resolveMaxChars(options.maxChars),
    minConfidence: resolveMinConfidence(options.minConfidence, DEFAULT_MIN_CONFIDENCE),
    lexicons: resolveLexicons(builtinLexicons(), options.lexicons),
  };
}

/**
 * Creates an analyzer. Loading the language model takes a moment, so create one analyzer and
 * reuse it for every article.
 *
 * @example
 * ```ts
 * const analyzer = createAnalyzer();
 * const { attributions } = analyzer.analyze(articleText);
 * ```
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const { maxChars, minConfidence, lexicons } = checkOptions(options);
  const config: TextLayerConfig = {
    nlp: currentNlp,
    boilerplate: compileBoilerplate(lexicons.boilerplate.entries),
    speechLemmas: speechVerbLemmas(lexicons.cues.entries),
    demandLemmas: demandVerbLemmas(lexicons.cues.entries),
  };
  const cues = compileCues(lexicons.cues.entries);
  const model = compileModel(lexicons.confidenceModel);
  const entities = compileEntities(lexicons.actors);
  const givenNames = compileGivenNames(lexicons.names.entries);
  const entityWords = oneWordEntityNames(lexicons.actors);
  const framing: FramingLexicons = {
    matchers: compileFraming({ frames: lexicons.frames.entries, labels: lexicons.labels.entries, markers: lexicons.markers.entries, tone: lexicons.tone.entries }),
    cueEntries: new Map(lexicons.cues.entries.map((entry) => [entry.id, entry])),
  };
  return {
    options: Object.freeze({ maxChars, minConfidence }),
    analyze(text: string): Analysis {
      assertAnalyzableText(text, maxChars);
      // text → text layer → attributions → actors → perspectives → scores.
      const layer = buildTextLayer(text, config);
      const extracted = extractAttributions(layer, text, cues, model, minConfidence);
      const resolved = resolveActors(text, layer.tokens, extracted.map((attribution) => attribution.source), givenNames, entityWords);
      const actorOf = new Map(extracted.map((attribution, index) => [attribution.id, resolved.attributionActors[index] ?? null]));
      const sourcesByActor = new Map<string, Span[]>();
      extracted.forEach((attribution, index) => {
        const actor = resolved.attributionActors[index];
        if (!actor || !attribution.source) return;
        const list = sourcesByActor.get(actor);
        if (list) list.push(attribution.source);
        else sourcesByActor.set(actor, [attribution.source]);
      });
      const { actors, groups, remap } = groupPerspectives(entities, resolved.actors, sourcesByActor);
      const perspectiveOf = new Map(actors.map((actor) => [actor.id, actor.perspective]));
      const attributions: Attribution[] = extracted.map((attribution) => {
        // A continuing quotation speaks with the voice it continues.
        const oldActor = attribution.continues ? (actorOf.get(attribution.continues) ?? null) : (actorOf.get(attribution.id) ?? null);
        const actor = oldActor === null ? null : (remap.get(oldActor) ?? null);
        return {
          id: attribution.id,
          source: attribution.source,
          cue: attribution.cue,
          content: attribution.content,
          kind: attribution.kind,
          actor,
          perspective: actor === null ? null : (perspectiveOf.get(actor) ?? null),
          confidence: attribution.confidence,
          parent: attribution.parent,
          cueEntry: attribution.cueEntry,
          pattern: attribution.pattern,
          sentence: attribution.sentence,
        };
      });
      const scored = scoreFraming({ input: text, ...layer, attributions, actors, groups }, framing);
      const voiceless = new Set(scored.metrics.voiceless);
      for (const actor of actors) actor.voiceless = voiceless.has(actor.id);
      return { text, ...layer, attributions, actors, perspectives: scored.perspectives, metrics: scored.metrics };
    },
  };
}

let defaultAnalyzer: Analyzer | undefined;

/**
 * Analyzes one article with a default analyzer, created on first call and reused.
 * Passing options creates a dedicated analyzer for this call; prefer `createAnalyzer()` then.
 */
export function analyze(text: string, options?: AnalyzerOptions): Analysis {
  // A bad input fails before any analyzer (and its language model) is built for it.
  assertAnalyzableText(text, Number.POSITIVE_INFINITY);
  if (options !== undefined) return createAnalyzer(options).analyze(text);
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text);
}
