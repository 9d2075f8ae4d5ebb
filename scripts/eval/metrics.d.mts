// Type declarations for metrics.mjs (pure scoring functions for the attribution evaluation).

/** [start, end) character offsets, end exclusive. */
export type Fragment = [number, number];

export interface Token {
  start: number;
  end: number;
}

export interface RelationSpans {
  id: string;
  source: Fragment[];
  cue: Fragment[];
  content: Fragment[];
}

export interface PredictedSpan {
  start: number;
  end: number;
  text?: string;
}

export interface PredictedAttribution {
  id?: string | number;
  source: PredictedSpan | null;
  cue: PredictedSpan | null;
  content: PredictedSpan[];
}

export type Role = 'source' | 'cue' | 'content';
export type QuoteClass = 'quoted' | 'partly' | 'unquoted';

export interface RoleCounts {
  gold: number;
  pred: number;
  exact: number;
  overlap: number;
}

export interface RelationCounts {
  gold: number;
  pred: number;
  matched: number;
  ignoredGold: number;
}

export interface QuoteCounts {
  gold: number;
  matched: number;
}

export interface Counts {
  articles: number;
  source: RoleCounts;
  cue: RoleCounts;
  content: RoleCounts;
  relation: RelationCounts;
  quote: Record<QuoteClass, QuoteCounts>;
}

export interface RoleItem {
  tokens: Set<number>;
  fragments: Fragment[];
}

export interface Match {
  gold: number;
  pred: number;
  score: number;
}

export interface RoleErrors {
  missed: RoleItem[];
  spurious: RoleItem[];
  boundary: { gold: RoleItem; pred: RoleItem; score: number }[];
}

export interface ArticleResult {
  counts: Counts;
  details: {
    source: RoleErrors;
    cue: RoleErrors;
    content: RoleErrors;
    relation: { missed: RelationSpans[]; spurious: RelationSpans[] };
    quote: { item: RoleItem; cls: QuoteClass; matched: boolean }[];
  };
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export interface Summary {
  counts: Counts;
  roles: Record<Role, { exact: PRF; overlap: PRF }>;
  relation: PRF;
  quote: Record<QuoteClass, { gold: number; matched: number; recall: number }>;
}

export const OVERLAP_THRESHOLD: 0.5;
export const ROLES: readonly ['source', 'cue', 'content'];
export const QUOTE_CLASSES: readonly ['quoted', 'partly', 'unquoted'];

export function tokenize(text: string): Token[];
export function tokenSet(tokens: Token[], fragments: Fragment[]): Set<number>;
export function jaccard(a: Set<number>, b: Set<number>): number;
export function sharesToken(a: Set<number>, b: Set<number>): boolean;
export function fragmentsOverlap(a: Fragment[], b: Fragment[]): boolean;
export function greedyMatch(
  nGold: number,
  nPred: number,
  score: (gold: number, pred: number) => number,
  minScore: number,
): Match[];
export function setKey(set: Set<number>): string;
export function distinctSets(tokens: Token[], spans: Fragment[][]): RoleItem[];
export function matchRole(gold: Set<number>[], pred: Set<number>[]): { counts: RoleCounts; matches: Match[] };
export function fromPrediction(a: PredictedAttribution, index: number): RelationSpans;
export function isEmptyRelation(r: RelationSpans): boolean;
export function rolesAgree(tokens: Token[], gold: Fragment[], pred: Fragment[]): boolean;
export function matchRelations(tokens: Token[], gold: RelationSpans[], pred: RelationSpans[]): Match[];
export function quoteRegions(text: string): Fragment[];
export function quoteClass(text: string, tokens: Token[], fragments: Fragment[], regions: Fragment[]): QuoteClass;
export function emptyCounts(): Counts;
export function addCounts(a: Counts, b: Counts): Counts;
export function evaluateArticle(
  text: string,
  goldRels: RelationSpans[],
  predRels: RelationSpans[],
  cache?: { tokens?: Token[]; regions?: Fragment[] },
): ArticleResult;
export function prf(matched: number, pred: number, gold: number): PRF;
export function summarize(counts: Counts): Summary;
