import type { CueEntry } from '../lexicons/schemas.js';
import type { AttributionPattern } from '../types.js';

/** Cue ratio assumed for lexicon entries unseen in the statistics. */
const UNSEEN_CUE_RATIO = 0.3;
/** Predictions on PolNeAR train a strong or weak calibration needs before it is used on its own. */
const MIN_CALIBRATION_SUPPORT = 5;
/** How many observations the cue-ratio prior counts for. */
const CALIBRATION_PRIOR_WEIGHT = 10;
/**
 * The prior for a cue never calibrated: from PRIOR_FLOOR for a word that is never a cue up to
 * PRIOR_FLOOR + PRIOR_SPAN for one that is a cue at least SATURATING_CUE_RATIO of the time ("say"
 * is 0.86), plus STRONG_PRIOR_BONUS with a quotation, a clause or "as". Set by hand, checked on dev.
 */
const PRIOR_FLOOR = 0.2;
const PRIOR_SPAN = 0.6;
const SATURATING_CUE_RATIO = 0.6;
const STRONG_PRIOR_BONUS = 0.1;
/** A named source makes an attribution likelier; none at all, much less likely. */
const SOURCE_BONUS = 0.05;
const NO_SOURCE_PENALTY = -0.1;
/**
 * The prior confidence of a candidate, one input of the confidence model (`model.ts`): the share of
 * the extractor's predictions with this cue and this strength of evidence that matched an
 * annotated cue on PolNeAR train, shrunk toward a prior from the lexicon's cue ratio (a strong
 * pattern such as a that-clause, quotation or "as" complement raises the prior); lowered when no
 * source was found.
 */
export function scoreCandidate(entry: CueEntry, hasSource: boolean, pattern: AttributionPattern): number {
  const strong = isStrong(pattern);
  const calibration = entry.calibration;
  const [predicted, matched] = calibration
    ? strong && calibration.strongPredicted >= MIN_CALIBRATION_SUPPORT
      ? [calibration.strongPredicted, calibration.strongMatched]
      : !strong && calibration.predicted - calibration.strongPredicted >= MIN_CALIBRATION_SUPPORT
        ? [calibration.predicted - calibration.strongPredicted, calibration.matched - calibration.strongMatched]
        : [calibration.predicted, calibration.matched]
    : [0, 0];
  const ratio = Math.min(1, (entry.cueRatio ?? UNSEEN_CUE_RATIO) / SATURATING_CUE_RATIO);
  const prior = PRIOR_FLOOR + PRIOR_SPAN * ratio + (strong ? STRONG_PRIOR_BONUS : 0);
  // The observed precision, shrunk toward the prior: a few observations move it a little, many a lot.
  const base = (matched + CALIBRATION_PRIOR_WEIGHT * prior) / (predicted + CALIBRATION_PRIOR_WEIGHT);
  const score = base + (hasSource ? SOURCE_BONUS : NO_SOURCE_PENALTY);
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}

/** Patterns whose content is marked as such (a quotation, a clause, "as"): strong evidence of attribution. */
export function isStrong(pattern: AttributionPattern): boolean {
  return pattern !== 'object' && pattern !== 'noun';
}
