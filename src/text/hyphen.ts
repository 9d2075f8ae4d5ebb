import type { Token } from '../types.js';

/** Whether the token is a hyphen written without spaces between two words ("Holtz-Eakin", "Ki-moon"). */
export function isGluedHyphen(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const left = tokens[index - 1];
  const right = tokens[index + 1];
  return token !== undefined && left !== undefined && right !== undefined && /^[-‐‑]$/u.test(token.text) && left.end === token.start && token.end === right.start;
}
