import type { Actor, ActorKind, Span, Token } from '../types.js';
import { findNameMentions, findRoleDescriptions, sourceMention, type Mention } from './mentions.js';
import { nameWords, sameSurname, TITLES } from './names.js';

/** Role words that name the same function ("the Kremlin spokesman" is the "press secretary"). */
const ROLE_CLASSES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'press', 'spokesmen', 'spokespeople']),
  new Set(['minister', 'secretary']),
  new Set(['envoy', 'ambassador', 'representative', 'emissary']),
  new Set(['adviser', 'advisor', 'aide']),
];
const QUANTIFIERS = new Set(['the', 'a', 'an', 'various', 'some', 'many', 'several', 'other', 'others', 'most', 'few', 'two', 'three', 'both', 'all']);

/** An actor while mentions are being merged. */
interface Cluster {
  key: string;
  surname: string;
  kind: ActorKind;
  mentions: Mention[];
  roles: Set<string>;
  voiced: boolean;
}

function descriptionKey(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => !QUANTIFIERS.has(word))
    .join(' ')
    .replace(/[’']s?$/u, '');
}

/** Whether a description's role words name a role that an apposition gave the cluster. */
function sharesRole(description: readonly string[], cluster: Cluster): boolean {
  return description.some((word) =>
    ROLE_CLASSES.some((roleClass) => roleClass.has(word) && [...cluster.roles].some((role) => roleClass.has(role))),
  );
}

/** The latest cluster (by its latest mention before `position`) that satisfies `accept`. */
function latest(clusters: readonly Cluster[], position: number, accept: (cluster: Cluster) => boolean): Cluster | undefined {
  let best: Cluster | undefined;
  let bestEnd = -1;
  for (const cluster of clusters) {
    if (!accept(cluster)) continue;
    for (const mention of cluster.mentions) {
      if (mention.form !== 'pronoun' && mention.end <= position && mention.end > bestEnd) {
        best = cluster;
        bestEnd = mention.end;
      }
    }
  }
  return best;
}

/** Finds the cluster a mention belongs to, or undefined for a new participant. */
function resolve(mention: Mention, clusters: readonly Cluster[], byKey: ReadonlyMap<string, Cluster>): Cluster | undefined {
  if (mention.form === 'pronoun') {
    const word = mention.text.toLowerCase();
    if (mention.kind === 'person') return latest(clusters, mention.start, (cluster) => cluster.kind === 'person');
    if (mention.kind === 'group') return latest(clusters, mention.start, (cluster) => cluster.kind === 'group' || cluster.kind === 'organization');
    if (word === 'it') return latest(clusters, mention.start, (cluster) => cluster.kind === 'organization' || cluster.kind === 'place' || cluster.kind === 'unspecified');
    return latest(clusters, mention.start, () => true);
  }
  if (mention.form === 'name') {
    const words = nameWords(mention.text);
    const key = words.join(' ');
    const known = byKey.get(key);
    if (known) return known;
    const surname = words.at(-1) ?? key;
    if (words.length === 1) return latest(clusters, mention.start, (cluster) => cluster.kind !== 'group' && cluster.surname !== '' && sameSurname(cluster.surname, surname));
    return clusters.find((cluster) => cluster.key === surname || (cluster.key.split(' ').length === 1 && cluster.kind !== 'group' && sameSurname(cluster.key, surname) && cluster.key.length > 3));
  }
  const key = descriptionKey(mention.text);
  const known = byKey.get(key);
  if (known) return known;
  if (mention.form === 'description') {
    const words = mention.text.toLowerCase().split(/[^\p{L}]+/u);
    return latest(clusters, mention.start, (cluster) => cluster.kind === 'person' && sharesRole(words, cluster));
  }
  return undefined;
}

/** A name without the titles before it ("President Vladimir Putin" → "Vladimir Putin"); a bare title stays. */
function withoutTitles(text: string): string {
  const words = text.split(/\s+/u);
  let first = 0;
  while (first < words.length - 1 && TITLES.has((words[first] as string).toLowerCase().replace(/\.$/u, ''))) first += 1;
  return words.slice(first).join(' ');
}

/** Actors and, for each attribution, the id of its source's actor. */
export interface ActorResult {
  actors: Actor[];
  attributionActors: Array<string | null>;
}

/**
 * Mentions → actors: names in the text and the sources of attributions are merged by name
 * (surname and spelling variants), pronouns by the nearest compatible actor before them, and
 * descriptions ("the Kremlin spokesman") by the role an apposition gave an actor.
 */
export function resolveActors(input: string, tokens: readonly Token[], sources: ReadonlyArray<Span | null>): ActorResult {
  const names = findNameMentions(input, tokens);
  const fromSources: Mention[] = [];
  // Attributions that share one source span ("X said …, adding …") share one mention.
  const sameSourceAs = new Map<number, number>();
  const firstWithSpan = new Map<string, number>();
  sources.forEach((source, index) => {
    if (!source) return;
    const key = `${source.start}:${source.end}`;
    const first = firstWithSpan.get(key);
    if (first !== undefined) {
      sameSourceAs.set(index, first);
      return;
    }
    firstWithSpan.set(key, index);
    const mention = sourceMention(input, source, index);
    const inside = names.filter((name) => name.start >= mention.start && name.end <= mention.end);
    const named = mention.form === 'name' && inside.length > 0 ? inside[0] : undefined;
    if (named) {
      named.attribution = index;
      named.roles = mention.roles;
      if (named.kind === 'unspecified') named.kind = mention.kind;
      return;
    }
    // A group or description that contains a name ("various U.S. officials") is its own mention.
    fromSources.push(mention);
  });
  const covered = (name: Mention): boolean => fromSources.some((mention) => mention.form !== 'pronoun' && mention.start <= name.start && name.end <= mention.end);
  const descriptions = findRoleDescriptions(input, tokens).filter((description) => !fromSources.some((mention) => mention.start <= description.start && description.end <= mention.end));
  const coveredByDescription = (name: Mention): boolean => descriptions.some((mention) => mention.start <= name.start && name.end <= mention.end);
  const mentions = [...names.filter((name) => !covered(name) && !coveredByDescription(name)), ...fromSources, ...descriptions].sort((a, b) => a.start - b.start);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const clusterOfAttribution = new Map<number, Cluster>();
  for (const mention of mentions) {
    let cluster = resolve(mention, clusters, byKey);
    if (!cluster && mention.form === 'pronoun') continue;
    if (!cluster) {
      const words = mention.form === 'name' ? nameWords(mention.text) : [];
      cluster = { key: mention.form === 'name' ? words.join(' ') : descriptionKey(mention.text), surname: mention.kind === 'person' ? (words.at(-1) ?? '') : mention.form === 'name' ? words.join(' ') : '', kind: mention.kind, mentions: [], roles: new Set(), voiced: false };
      clusters.push(cluster);
    }
    if (mention.form === 'name' && nameWords(mention.text).length > cluster.key.split(' ').length) {
      // "Putin" first, "Vladimir Putin" later: the fuller name becomes the key.
      cluster.key = nameWords(mention.text).join(' ');
    }
    if (cluster.kind === 'unspecified' && mention.kind !== 'unspecified') cluster.kind = mention.kind;
    byKey.set(cluster.key, cluster);
    if (mention.form !== 'pronoun') byKey.set(mention.form === 'name' ? nameWords(mention.text).join(' ') : descriptionKey(mention.text), cluster);
    cluster.mentions.push(mention);
    for (const role of mention.roles) cluster.roles.add(role);
    if (mention.attribution >= 0) {
      cluster.voiced = true;
      clusterOfAttribution.set(mention.attribution, cluster);
    }
  }
  const actors = clusters.map((cluster, index): Actor => {
    const named = cluster.mentions.filter((mention) => mention.form !== 'pronoun');
    const name = named.reduce((best, mention) => (nameWords(mention.text).length > nameWords(best.text).length ? mention : best), named[0] as Mention);
    const mentionSpans = cluster.mentions.map(({ start, end, text }) => ({ start, end, text }));
    return {
      id: `p${index + 1}`,
      name: withoutTitles(name.text.replace(/[’']s?$/u, '')),
      kind: cluster.kind,
      mentions: mentionSpans,
      perspective: null,
      voiceless: !cluster.voiced && named.length >= 2,
      entry: null,
    };
  });
  const idOf = new Map(clusters.map((cluster, index) => [cluster, `p${index + 1}`]));
  const attributionActors = sources.map((_, index) => {
    const cluster = clusterOfAttribution.get(sameSourceAs.get(index) ?? index);
    return cluster ? (idOf.get(cluster) ?? null) : null;
  });
  return { actors, attributionActors };
}
