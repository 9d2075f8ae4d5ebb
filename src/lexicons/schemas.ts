/**
 * Lexicon shapes: each zod schema is the one source of truth for a lexicon file's JSON Schema
 * (generated into `lexicons/schema/` by `npm run schemas`) and for its TypeScript type.
 */
import { z } from 'zod';

/** Lexicon entry ids: lower-case words joined by hyphens, so that evidence can cite them. */
const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be kebab-case (a-z, 0-9, -)');

/** The fields every lexicon file shares. */
const lexiconHeader = {
  $schema: z.string().optional(),
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/u, 'must be a semantic version such as 1.0.0'),
  description: z.string().optional(),
};

/** Categories of boilerplate appeal. */
export const boilerplateCategory = z.enum([
  'donation',
  'subscription',
  'newsletter',
  'cookie',
  'share',
  'navigation',
]);

/** A boilerplate lexicon: phrases that mark a paragraph as an appeal, not article text. */
export const boilerplateLexiconSchema = z.strictObject({
  ...lexiconHeader,
  entries: z.array(
    z.strictObject({
      id: entryId,
      category: boilerplateCategory,
      phrases: z.array(z.string().min(1)).min(1),
    }),
  ),
});

/** A boilerplate lexicon, as validated. */
export type BoilerplateLexicon = z.infer<typeof boilerplateLexiconSchema>;
/** One entry of a boilerplate lexicon. */
export type BoilerplateEntry = BoilerplateLexicon['entries'][number];

/** What a cue signals: speech, belief, perception, characterization, intention or evidence. */
export const cueClass = z.enum(['reporting', 'belief', 'perception', 'characterization', 'intention', 'evidence']);

/** How a cue introduces its source (the author's stance toward what the source says). */
export const cueStance = z.enum([
  'neutral',
  'assertive',
  'distancing',
  'concessive',
  'denial',
  'accusation',
  'warning',
  'belief',
  'characterization',
  'speculative',
]);

/** A cue lexicon: words and phrases that signal attribution. */
export const cueLexiconSchema = z.strictObject({
  ...lexiconHeader,
  entries: z.array(
    z.strictObject({
      id: entryId,
      /** Lower-case lemmas of the cue's words, as wink-nlp lemmatizes them. */
      lemmas: z.array(z.string().min(1)).min(1),
      pos: z.enum(['verb', 'noun', 'phrase', 'adjective', 'preposition', 'punctuation']),
      class: cueClass,
      stance: cueStance,
      /** `as` for cues of the pattern "X <cue> A as B". */
      complement: z.literal('as').optional(),
      /** How often the cue occurs as a cue in PolNeAR train (statistics, no text). */
      trainCount: z.number().int().nonnegative().optional(),
      /** Share of the lemma's occurrences in PolNeAR train that are cues; `null` when unseen. */
      cueRatio: z.number().min(0).max(1).nullable().optional(),
      /**
       * How framelens's own extractor fares with this cue on PolNeAR train (written by
       * `scripts/calibrate-cues.mjs`): attributions predicted with it, and how many of their cues
       * matched an annotated cue. Turns into the attribution's confidence.
       */
      calibration: z
        .strictObject({
          predicted: z.number().int().nonnegative(),
          matched: z.number().int().nonnegative(),
          /** The same counts for attributions with strong evidence (a quotation, a clause, "as"). */
          strongPredicted: z.number().int().nonnegative(),
          strongMatched: z.number().int().nonnegative(),
        })
        .refine((value) => value.matched <= value.predicted && value.strongMatched <= value.strongPredicted, 'matched cannot exceed predicted')
        .optional(),
    }),
  ),
});

/** A cue lexicon, as validated. */
export type CueLexicon = z.infer<typeof cueLexiconSchema>;
/** One entry of a cue lexicon. */
export type CueEntry = CueLexicon['entries'][number];

/** A confidence model: weights of a logistic regression over attribution features. */
export const confidenceModelSchema = z.strictObject({
  ...lexiconHeader,
  /** Where the weights come from: the split and the command that trained them. */
  trainedOn: z.string().min(1),
  /** Weight of each feature ("pattern=that-clause", "entry=say", "prior"). */
  weights: z.record(z.string().min(1), z.number().finite()),
});

/** A confidence model, as validated. */
export type ConfidenceModelLexicon = z.infer<typeof confidenceModelSchema>;
