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
  /**
   * For a user lexicon: `true` replaces the built-in lexicon of its kind; by default it extends it
   * (its entries are added, and an entry with a built-in entry's id takes that entry's place).
   */
  replace: z.boolean().optional(),
};

/**
 * A term: one or more words as they appear in text, matched word by word against a token's
 * lower-case text or its lemma, so that the base form matches inflections ("invade" matches
 * "invaded"). A hyphen inside a word is a word of its own ("so-called" is so - called).
 */
const term = z
  .string()
  .min(1)
  .max(80)
  .refine((value) => /^\S+(?: \S+)*$/u.test(value), 'must be words separated by single spaces (no tabs, line breaks or other white space)');

/** Reports every item whose id repeats an earlier one, at the path of the repeat. */
function uniqueIds(items: ReadonlyArray<{ id: string }>, path: string, context: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) context.addIssue({ code: 'custom', path: [path, index, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

/** The terms of an entry: at least one. */
const terms = z.array(term).min(1);

/**
 * A lexicon of entries: the shared header and a list of entries, each an id (unique in the lexicon)
 * and the given fields.
 */
function entryLexicon<Fields extends z.ZodRawShape>(fields: Fields) {
  const schema = z.strictObject({ ...lexiconHeader, entries: z.array(z.strictObject({ id: entryId, ...fields })) });
  return schema.superRefine((lexicon, context) => uniqueIds(lexicon.entries as ReadonlyArray<{ id: string }>, 'entries', context)) as unknown as typeof schema;
}

/** Categories of boilerplate appeal. */
export const boilerplateCategory = z.enum([
  'donation',
  'subscription',
  'newsletter',
  'cookie',
  'share',
  'navigation',
  /** A heading over a list of links ("Related Topics", "More on this story"): the short lines under it are links too. */
  'links',
  /** Credits and notices that open their paragraph ("Reporting by …; Editing by …", "Copyright 2024 …", "All rights reserved."). */
  'credits',
]);

/** A boilerplate lexicon: phrases that mark a paragraph as an appeal, not article text. */
export const boilerplateLexiconSchema = entryLexicon({
  category: boilerplateCategory,
  phrases: z.array(z.string().min(1)).min(1),
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
export const cueLexiconSchema = entryLexicon({
  /** Lower-case lemmas of the cue's words, as wink-nlp lemmatizes them. */
  lemmas: z.array(z.string().min(1)).min(1),
  pos: z.enum(['verb', 'noun', 'phrase', 'adjective', 'preposition', 'punctuation']),
  class: cueClass,
  stance: cueStance,
  /** `as` for cues of the pattern "X <cue> A as B". */
  complement: z.literal('as').optional(),
  /**
   * Fixed expressions, in lower-case words, in which the cue's word attributes nothing to anyone
   * ("having said that", "needless to say"): a match inside one is no cue.
   */
  idioms: z.array(z.string().regex(/\S/u)).optional(),
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

/** Kinds of actor in a perspective pack. */
export const entityKind = z.enum(['person', 'organization', 'place', 'group']);

/**
 * A perspective pack: the sides of a topic and the actors that belong to each, by name and by
 * demonym ("Russian officials", "Western leaders").
 */
export const actorLexiconShape = z.strictObject({
  ...lexiconHeader,
  perspectives: z.array(
    z.strictObject({
      id: entryId,
      label: z.string().min(1),
      description: z.string().optional(),
    }),
  ),
  entities: z.array(
    z.strictObject({
      id: entryId,
      /** Id of the perspective the entity belongs to. */
      perspective: entryId,
      kind: entityKind,
      /** Canonical name, shown for the actor ("Russia", "Vladimir Putin"). */
      label: z.string().min(1),
      /**
       * Names as written, case-sensitive, without a leading "the": the name itself, short forms,
       * capitals and institutions used for it ("Moscow", "Kremlin"), spelling variants.
       */
      names: z.array(term.refine((value) => /[\p{L}\p{N}]/u.test(value), 'must contain a letter or a digit')).min(1),
      /** Adjectives and plurals that tie a group to the entity ("Russian", "Russians", "Western"). */
      demonyms: z.array(term).optional(),
      /** What the entity is, for people their office ("Kremlin spokesman"). */
      role: z.string().optional(),
    }),
  ),
}).superRefine((lexicon, context) => {
  uniqueIds(lexicon.perspectives, 'perspectives', context);
  uniqueIds(lexicon.entities, 'entities', context);
});

/** Adds an issue for every entity whose perspective is not among `known`. */
export function checkEntityPerspectives(
  entities: ReadonlyArray<{ perspective: string }>,
  known: ReadonlySet<string>,
  report: (issue: { path: Array<string | number>; message: string }) => void,
): void {
  entities.forEach((entity, index) => {
    if (!known.has(entity.perspective)) report({ path: ['entities', index, 'perspective'], message: `unknown perspective "${entity.perspective}"` });
  });
}

/** A perspective pack whose entities all belong to its own perspectives (a whole pack, built in or replacing one). */
export const actorLexiconSchema = actorLexiconShape.superRefine((lexicon, context) => {
  const known = new Set(lexicon.perspectives.map((perspective) => perspective.id));
  checkEntityPerspectives(lexicon.entities, known, (issue) => context.addIssue({ code: 'custom', ...issue }));
});

/** A perspective pack, as validated. */
export type ActorLexicon = z.infer<typeof actorLexiconSchema>;
/** One entity of a perspective pack. */
export type ActorEntity = ActorLexicon['entities'][number];

/** The frames framelens reports: the 15 Policy Frames (Boydstun et al.) plus conflict and human interest. */
export const frameId = z.enum([
  'economic',
  'capacity-and-resources',
  'morality',
  'fairness-and-equality',
  'legality',
  'policy-prescription',
  'crime-and-punishment',
  'security-and-defense',
  'health-and-safety',
  'quality-of-life',
  'cultural-identity',
  'public-opinion',
  'political',
  'external-regulation-and-reputation',
  'other',
  'conflict',
  'human-interest',
]);

/** A frame lexicon: terms that evoke each frame. */
export const frameLexiconSchema = entryLexicon({
  frame: frameId,
  terms,
});

/** A frame lexicon, as validated. */
export type FrameLexicon = z.infer<typeof frameLexiconSchema>;
/** One entry of a frame lexicon. */
export type FrameEntry = FrameLexicon['entries'][number];

/** Epistemic markers: hedges weaken a claim, boosters strengthen it, distancing markers disown it. */
export const markerCategory = z.enum(['hedge', 'booster', 'distancing']);

/** A lexicon of epistemic markers. */
export const markerLexiconSchema = entryLexicon({
  category: markerCategory,
  terms,
});

/** A marker lexicon, as validated. */
export type MarkerLexicon = z.infer<typeof markerLexiconSchema>;
/** One entry of a marker lexicon. */
export type MarkerEntry = MarkerLexicon['entries'][number];

/** What choosing a label signals about its referent. */
export const labelConnotation = z.enum(['negative', 'neutral', 'positive', 'euphemistic']);

/**
 * Loaded labels in competing sets: the words a text can choose for one referent ("invasion",
 * "special military operation", "military intervention").
 */
export const labelLexiconSchema = entryLexicon({
  /** Id of the competing set: the referent the labels name ("russia-ukraine-war"). */
  set: entryId,
  connotation: labelConnotation,
  terms,
});

/** A label lexicon, as validated. */
export type LabelLexicon = z.infer<typeof labelLexiconSchema>;
/** One entry of a label lexicon. */
export type LabelEntry = LabelLexicon['entries'][number];

/** A tone lexicon: words with a valence from -3 (very negative) to 3 (very positive). */
export const toneLexiconSchema = entryLexicon({
  valence: z.number().int().min(-3).max(3).refine((value) => value !== 0, 'must not be 0'),
  terms,
});

/** A tone lexicon, as validated. */
export type ToneLexicon = z.infer<typeof toneLexiconSchema>;
/** One entry of a tone lexicon. */
export type ToneEntry = ToneLexicon['entries'][number];

/** The grammatical gender a given name or a pronoun points to. */
export const gender = z.enum(['female', 'male']);

/**
 * A given-name lexicon: first names that, opening a person's name, tell that a single-word name is a
 * person ("Elena") and which pronoun refers back to the person ("she" is not "Ion Popescu").
 * Names used for both genders ("Jordan", "Alex") belong in no entry.
 */
export const nameLexiconSchema = entryLexicon({
  gender,
  /** Given names as written, capitalized ("Elena", "Dmitry"). */
  names: z.array(z.string().regex(/^\p{Lu}[\p{L}'’-]*$/u, 'must be one capitalized word')).min(1),
});

/** A given-name lexicon, as validated. */
export type NameLexicon = z.infer<typeof nameLexiconSchema>;
/** A gender (`female`, `male`). */
export type Gender = z.infer<typeof gender>;

/** A cue stance (`neutral`, `distancing`, …). */
export type CueStance = z.infer<typeof cueStance>;
/** A frame id (`economic`, `security-and-defense`, …). */
export type FrameId = z.infer<typeof frameId>;
/** An epistemic marker category. */
export type MarkerCategory = z.infer<typeof markerCategory>;
/** A label connotation. */
export type LabelConnotation = z.infer<typeof labelConnotation>;

/** One lower-case word of a mention-word class ("party", "start-up", "inc.", "fiancé"). */
const mentionWord = z.string().regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}.'’-]*$/u, 'must be one lower-case word');
/** A class of mention words: at least one, each once. */
const mentionWordClass = z
  .array(mentionWord)
  .min(1)
  .superRefine((words, context) => {
    const seen = new Set<string>();
    words.forEach((word, index) => {
      if (seen.has(word)) context.addIssue({ code: 'custom', path: [index], message: `"${word}" is listed twice` });
      seen.add(word);
    });
  });

/**
 * The word classes that tell what kind of participant a mention names, by its head word or the noun
 * before it (see the lexicon's description for each class). Built in only, like the confidence model.
 */
export const mentionWordsLexiconSchema = z.strictObject({
  ...lexiconHeader,
  words: z.strictObject({
    /** Words that end an organization's name ("… Party", "… Institute", "the Kremlin"). */
    organizationHeads: mentionWordClass,
    /** Heads of a whole institution's name, which after "and" end a second organization. */
    institutionHeads: mentionWordClass,
    /** Words that end a place's name ("South China Sea", "Donetsk Region"). */
    placeHeads: mentionWordClass,
    /** Words that end an event's name ("the Bucharest Summit"), which names no participant. */
    eventHeads: mentionWordClass,
    /** Titles of nobility before "of" and a place ("Duke of Sussex"). */
    nobleTitles: mentionWordClass,
    /** Nouns a publication's name follows ("the journal Nature"). */
    publicationNouns: mentionWordClass,
    /** Nouns a firm's name follows ("the lender Wells Fargo"). */
    firmNouns: mentionWordClass,
    /** A party's members, which end a group's name ("House Republicans"). */
    partyMembers: mentionWordClass,
    /** Words that head an office named "… of …" ("Chief Executive of Shell"). */
    officeHeads: mentionWordClass,
    /** Role nouns a definite description names a participant by ("the Kremlin spokesman"). */
    roleNouns: mentionWordClass,
    /** Nouns of people, besides the role nouns, after which a one-word name in apposition is a person ("His wife, Melania,"). */
    personNouns: mentionWordClass,
    /** Words before "leader" or "manager" that make the noun a company's ("The market leader, Nvidia,"). */
    companyModifiers: mentionWordClass,
    /** Nouns of records that speak for their authors ("figures from the institute"). */
    recordNouns: mentionWordClass,
    /** Nouns of documents and studies whose author speaks through them ("a survey by Gallup"). */
    documentNouns: mentionWordClass,
  }),
});

/** The mention-word classes, as validated. */
export type MentionWordsLexicon = z.infer<typeof mentionWordsLexiconSchema>;

/** The schema of every lexicon kind, by the name of its file and JSON Schema (one table for all uses). */
export const LEXICON_SCHEMAS = {
  boilerplate: boilerplateLexiconSchema,
  cues: cueLexiconSchema,
  'confidence-model': confidenceModelSchema,
  actors: actorLexiconSchema,
  frames: frameLexiconSchema,
  markers: markerLexiconSchema,
  labels: labelLexiconSchema,
  tone: toneLexiconSchema,
  names: nameLexiconSchema,
  'mention-words': mentionWordsLexiconSchema,
} as const;
