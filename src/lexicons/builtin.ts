import boilerplateData from '../../lexicons/boilerplate.json';
import cuesData from '../../lexicons/cues.json';
import confidenceModelData from '../../lexicons/confidence-model.json';
import actorsData from '../../lexicons/actors.json';
import framesData from '../../lexicons/frames.json';
import markersData from '../../lexicons/markers.json';
import labelsData from '../../lexicons/labels.json';
import toneData from '../../lexicons/tone.json';
import {
  actorLexiconSchema,
  boilerplateLexiconSchema,
  confidenceModelSchema,
  cueLexiconSchema,
  frameLexiconSchema,
  labelLexiconSchema,
  markerLexiconSchema,
  toneLexiconSchema,
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
    boilerplate: validateLexicon(boilerplateLexiconSchema, 'boilerplate', boilerplateData),
    cues: validateLexicon(cueLexiconSchema, 'cues', cuesData),
    confidenceModel: validateLexicon(confidenceModelSchema, 'confidence-model', confidenceModelData),
    actors: validateLexicon(actorLexiconSchema, 'actors', actorsData),
    frames: validateLexicon(frameLexiconSchema, 'frames', framesData),
    markers: validateLexicon(markerLexiconSchema, 'markers', markersData),
    labels: validateLexicon(labelLexiconSchema, 'labels', labelsData),
    tone: validateLexicon(toneLexiconSchema, 'tone', toneData),
  };
  return cached;
}
