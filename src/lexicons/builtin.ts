import boilerplateData from '../../lexicons/boilerplate.json';
import cuesData from '../../lexicons/cues.json';
import confidenceModelData from '../../lexicons/confidence-model.json';
import actorsData from '../../lexicons/actors.json';
import framesData from '../../lexicons/frames.json';
import markersData from '../../lexicons/markers.json';
import labelsData from '../../lexicons/labels.json';
import toneData from '../../lexicons/tone.json';
import namesData from '../../lexicons/names.json';
import mentionWordsData from '../../lexicons/mention-words.json';
import type {
  ActorLexicon,
  BoilerplateLexicon,
  ConfidenceModelLexicon,
  CueLexicon,
  FrameLexicon,
  LabelLexicon,
  MarkerLexicon,
  MentionWordsLexicon,
  NameLexicon,
  ToneLexicon,
} from './schemas.js';

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
  names: NameLexicon;
  /** Built in only: read by the actors stage (`src/actors/words.ts`). */
  mentionWords: MentionWordsLexicon;
}

/**
 * The built-in lexicons. They are not validated at run time: the test suite checks that each one
 * passes its schema unchanged (`tests/lexicons.test.ts`), and validating them again in every
 * process and worker would cost a tenth of the cold start. User lexicons are always validated.
 */
export function builtinLexicons(): BuiltinLexicons {
  return {
    boilerplate: boilerplateData as BoilerplateLexicon,
    cues: cuesData as CueLexicon,
    confidenceModel: confidenceModelData as ConfidenceModelLexicon,
    actors: actorsData as ActorLexicon,
    frames: framesData as FrameLexicon,
    markers: markersData as MarkerLexicon,
    labels: labelsData as LabelLexicon,
    tone: toneData as ToneLexicon,
    names: namesData as NameLexicon,
    mentionWords: mentionWordsData as MentionWordsLexicon,
  };
}
