/**
 * Perspectives: actors grouped into the sides of a perspective pack; an actor in no pack is a side
 * of its own, so that no voice vanishes.
 */
import type { Actor, Span } from '../types.js';
import { compileEntities, oneWordEntityNames, type EntityMatcher } from './entities.js';
import { linkActors } from './link.js';

export { compileEntities, oneWordEntityNames, type EntityMatcher };

/** A perspective before it is scored: who belongs to it. */
export interface PerspectiveGroup {
  id: string;
  label: string;
  /** Id of the pack's perspective, or `null` for an actor of its own. */
  entry: string | null;
  actors: string[];
}

/** The actors, linked and merged, with their perspectives. */
export interface PerspectiveResult {
  actors: Actor[];
  groups: PerspectiveGroup[];
  /** Old actor id → new actor id, for the attributions. */
  remap: ReadonlyMap<string, string>;
}

/** Links actors to the pack and groups them into perspectives, in order of first mention. */
export function groupPerspectives(matcher: EntityMatcher, actors: readonly Actor[], sourcesByActor: ReadonlyMap<string, readonly Span[]>): PerspectiveResult {
  const { actors: linked, remap } = linkActors(matcher, actors, sourcesByActor);
  const groups = new Map<string, PerspectiveGroup>();
  for (const { actor, entity } of linked) {
    const id = entity ? entity.perspective : `actor:${actor.id}`;
    let group = groups.get(id);
    if (!group) {
      group = entity
        ? { id, label: matcher.perspectiveLabels.get(entity.perspective) ?? entity.perspective, entry: entity.perspective, actors: [] }
        : { id, label: actor.name, entry: null, actors: [] };
      groups.set(id, group);
    }
    group.actors.push(actor.id);
    actor.perspective = id;
  }
  return { actors: linked.map((item) => item.actor), groups: [...groups.values()], remap };
}
