// Type declarations for brat.mjs (brat standoff parser for PolNeAR .ann files).

/** [start, end) character offsets, end exclusive. */
export type Fragment = [number, number];

export interface BratSpan {
  id: string;
  label: string;
  fragments: Fragment[];
  text: string;
}

export interface BratArg {
  role: string;
  baseRole: string;
  ref: string;
}

export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: BratArg[];
}

export interface BratNote {
  id: string;
  body: string;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
  notes: BratNote[];
  warnings: string[];
}

export interface GoldRelation {
  id: string;
  type: string;
  source: Fragment[];
  cue: Fragment[];
  content: Fragment[];
}

export interface ArticleFiles {
  name: string;
  textPath: string;
  annPath: string | null;
  annPaths: string[];
}

export function splitRecords(ann: string): string[];
export function parseFragments(s: string): Fragment[] | null;
export function parseBrat(ann: string): BratDocument;
export function goldRelations(doc: BratDocument): GoldRelation[];
export function listArticles(splitDir: string): Promise<ArticleFiles[]>;
