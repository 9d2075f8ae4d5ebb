import boilerplateData from '../../lexicons/boilerplate.json';
import cuesData from '../../lexicons/cues.json';
import confidenceModelData from '../../lexicons/confidence-model.json';
import { boilerplateLexiconSchema, confidenceModelSchema, cueLexiconSchema, type BoilerplateLexicon, type ConfidenceModelLexicon, type CueLexicon } from './schemas.js';
import { validateLexicon } from './validate.js';

/** The lexicons framelens ships, bundled into the library. */
export interface BuiltinLexicons {
  boilerplate: BoilerplateLexicon;
  cues: CueLexicon;
  confidenceModel: ConfidenceModelLexicon;
}

let cached: BuiltinLexicons | undefined;

/** The built-in lexicons, validated on first use (not at import, which must have no side effects). */
export function builtinLexicons(): BuiltinLexicons {
  cached ??= {
    boilerplate: validateLexicon(boilerplateLexiconSchema, 'boilerplate', boilerplateData),
    cues: validateLexicon(cueLexiconSchema, 'cues', cuesData),
    confidenceModel: validateLexicon(confidenceModelSchema, 'confidence-model', confidenceModelData),
  };
  return cached;
}
