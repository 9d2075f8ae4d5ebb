import boilerplateData from '../../lexicons/boilerplate.json';
import cuesData from '../../lexicons/cues.json';
import confidenceModelData from '../../lexicons/confidence-model.json';
import actorsData from '../../lexicons/actors.json';
import framesData from '../../lexicons/frames.json';
import markersData from '../../lexicons/markers.json';
import labelsData from '../../lexicons/labels.json';
import toneData from '../../lexicons/tone.json';
import {
  LEXICON_SCHEMAS,
  type ActorLexicon,
  type BoilerplateLexicon,
  type ConfidenceModelLexicon,
  type CueLexicon,
  type FrameLexicon,
  type LabelLexicon,
  type MarkerLexicon,
  type ToneLexicon,
} from './schemas.js';
import { validateLexicon } from './validate.js';

/** The lexicons framelens ships, bundled into the library (no file system at run time). */
export interface BuiltinLexicons {
  boilerplate: BoilerplateLexicon;
  cues: CueLexicon;
  confidenceModel: ConfidenceModelLexicon;
  actors: ActorLexicon;
  frames: FrameLexicon;
  markers: MarkerLexicon;
  labels: LabelLexicon;
  tone: ToneLexicon;
}

let cached: BuiltinLexicons | undefined;

/** The built-in lexicons, validated on first use (not at import, which must have no side effects). */
export function builtinLexicons(): BuiltinLexicons {
  cached ??= {
    boilerplate: validateLexicon(LEXICON_SCHEMAS.boilerplate, 'boilerplate', boilerplateData),
    cues: validateLexicon(LEXICON_SCHEMAS.cues, 'cues', cuesData),
    confidenceModel: validateLexicon(LEXICON_SCHEMAS['confidence-model'], 'confidence-model', confidenceModelData),
    actors: validateLexicon(LEXICON_SCHEMAS.actors, 'actors', actorsData),
    frames: validateLexicon(LEXICON_SCHEMAS.frames, 'frames', framesData),
    markers: validateLexicon(LEXICON_SCHEMAS.markers, 'markers', markersData),
    labels: validateLexicon(LEXICON_SCHEMAS.labels, 'labels', labelsData),
    tone: validateLexicon(LEXICON_SCHEMAS.tone, 'tone', toneData),
  };
  return cached;
}
