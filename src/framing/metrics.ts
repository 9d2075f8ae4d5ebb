/** Document figures over the perspectives: balance, the dominant side, who is never heard. */
import type { Actor, Attribution } from '../types.js';

/**
 * Normalized entropy of the voice shares: 0 when one side (or nobody) speaks, 1 when every side
 * that speaks has the same share.
 */
export function balanceOf(shares: readonly number[]): number {
  const voiced = shares.filter((share) => share > 0);
  if (voiced.length < 2) return 0;
  const total = voiced.reduce((sum, share) => sum + share, 0);
  const entropy = -voiced.reduce((sum, share) => sum + (share / total) * Math.log(share / total), 0);
  return Math.round((entropy / Math.log(voiced.length)) * 1000) / 1000;
}

/** The minimum number of mentions that makes a silent actor voiceless rather than incidental. */
export const VOICELESS_MIN_MENTIONS = 2;

/** Ids of actors mentioned at least twice that are never the actor of an attribution. */
export function voicelessActors(actors: readonly Actor[], attributions: readonly Attribution[]): Set<string> {
  const heard = new Set(attributions.map((attribution) => attribution.actor));
  return new Set(actors.filter((actor) => actor.mentions.length >= VOICELESS_MIN_MENTIONS && !heard.has(actor.id)).map((actor) => actor.id));
}
