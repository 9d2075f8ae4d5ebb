/**
 * AP-style party labels after a politician's name ("Rep. Rosa DeLauro, D-Conn.", "Sen. Bernie Sanders,
 * I-Vt."): a party letter, a hyphen and a state. Sources keep them with the name; actors never come
 * from them.
 */

/** A whole party label as text ("D-N.J.", "R-Texas", "D-New York"). */
export const PARTY_LABEL = /^(?:[DRI]|Ind)-\p{Lu}[\p{L}.]{0,14}(?: \p{Lu}[\p{L}.]{0,14})?$/u;
/** The start of a party label ("D-Conn", "R-Texas"). */
export const PARTY_LABEL_START = /^(?:[DRI]|Ind)-\p{Lu}/u;
/** Party letters of a label ("D", "R", "I", "Ind"). */
export const PARTY_LETTERS: ReadonlySet<string> = new Set(['D', 'R', 'I', 'Ind']);
/** The most tokens a party label takes ("R", "-", "S.", "D."). */
export const MAX_PARTY_LABEL_TOKENS = 7;
