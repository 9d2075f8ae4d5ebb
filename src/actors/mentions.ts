import { isGluedHyphen } from '../text/hyphen.js';
import type { ActorKind, Span, Token } from '../types.js';
import { spanOf, startsUpper } from '../text/span.js';
import { CALENDAR, PERSONAL_TITLES, titleKey, TITLES } from './names.js';
import { DURATION_NOUNS, PERMISSIONS_OF_ANONYMITY, POSTMODIFYING_ADJECTIVES, RELATIVE_WORDS, TIME_ADVERBS } from '../text/words.js';
import { isGivenNameSuffix } from '../text/names.js';
import { datelineEnd } from '../text/dateline.js';
import { isTitleCase, MAX_HEADLINE_TOKENS } from '../text/headline.js';
import { COMPANY_MODIFIERS, DOCUMENT_NOUNS, EVENT_HEADS, FIRM_NOUNS, INSTITUTION_HEADS, NOBLE_TITLES, OFFICE_HEADS, ORGANIZATION_HEADS, PARTY_MEMBERS, PERSON_NOUNS, PLACE_HEADS, PUBLICATION_NOUNS, RECORD_NOUNS, ROLE_NOUNS } from './words.js';
import { MAX_PARTY_LABEL_TOKENS, PARTY_LABEL, PARTY_LABEL_START, PARTY_LETTERS } from '../text/party-label.js';

/** A mention of a participant, before mentions are merged into actors. */
export interface Mention extends Span {
  /** How the mention refers: by name, by description ("the Kremlin spokesman"), by group ("Russian officials") or by pronoun. */
  form: 'name' | 'description' | 'group' | 'pronoun';
  kind: ActorKind;
  /** Role words from an apposition ("press secretary"), linking later descriptions to this mention. */
  roles: string[];
  /**
   * Title words written before the name ("U.S. District Judge …" → "judge"), which only a bare
   * description names again ("the judge"), or a description with all of them ("The Chief Minister").
   */
  titles: string[];
  /** Index of the attribution whose source this mention is, or -1. */
  attribution: number;
}

const ORGANIZATION_PHRASES = ['white house', 'state house'];
/** Connectives inside an organization's name ("Bank of England", "Institute for Security Studies"). */
const NAME_CONNECTIVES = new Set(['of', 'for', 'on']);
/** Prepositions that make a name an organization's, not a person's ("Doctors Without Borders", "Citizens for Trump"). */
const NAME_PREPOSITIONS = new Set([...NAME_CONNECTIVES, 'without', 'against']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
/** Plural endings of nouns of people that no surname has ("economists", "analysts", "critics", "officials"; not "-ents": "Clements"). */
const PEOPLE_PLURAL = /^\p{L}{3,}(?:ists|ysts|ians|itics|icials|ities|makers|ogists)$/u;
/** Points of the compass that open a region's name ("East Africa", "Northern Ireland"). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Honorifics, which stand before a surname ("Mr. King"), never alone as a description. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady']);
/** Time zones of live pages and wires ("14:05 GMT"). */
const TIME_ZONES = new Set(['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'AEST', 'AEDT', 'IST', 'JST']);
/** Quantifiers wink-nlp may tag as names at a sentence's start ("Several backbench MPs fear …"). */
const QUANTIFIER_OPENERS = new Set(['several', 'many', 'some', 'most', 'few', 'both', 'all', 'each', 'every', 'another', 'others', 'hundreds', 'thousands', 'millions', 'dozens', 'scores']);
const GROUP_PRONOUNS = new Set(['they', 'we', 'them', 'their']);
const GROUP_NOUN = /(?:s|men|women|people|staff|police|children|folk)$|^(?:family|couple|crowd|public)$/u;

/** Whether lower-case words name an organization ("the campaign", "the Clinton Foundation"). */
function isOrganizationName(lowerText: string): boolean {
  return lowerText.split(/\s+/u).some((part) => ORGANIZATION_HEADS.has(part)) || ORGANIZATION_PHRASES.some((phrase) => lowerText.includes(phrase));
}

/** Whether a name is an event's ("Bucharest Summit", "the Cold War"), not an organization's ("Election Commission"). */
function isEventName(text: string): boolean {
  const lowerText = text.toLowerCase();
  return !isOrganizationName(lowerText) && lowerText.split(/\s+/u).some((part) => EVENT_HEADS.has(part));
}

/** Whether the words after a name's last title are a person's name: some, and none of an organization, place or event. */
function isPersonAfterTitle(parts: readonly string[]): boolean {
  let lastTitle = -1;
  parts.forEach((part, index) => {
    // ("Police Chief Angela Whitcomb": "chief" after an organization's word; "Chief Executive of …" opens no name.)
    if (PERSONAL_TITLES.has(titleKey(part)) || (part === 'chief' && index > 0)) lastTitle = index;
  });
  if (lastTitle < 1 || lastTitle === parts.length - 1) return false;
  const name = parts.slice(lastTitle + 1);
  return !name.some((part) => ORGANIZATION_HEADS.has(part) || PLACE_HEADS.has(part) || EVENT_HEADS.has(part) || part === 'of' || part === 'and');
}

/** The kind of a named mention, from the words it is made of. */
export function kindOfName(text: string, titled: boolean): ActorKind {
  const lowerText = text.toLowerCase();
  const parts = lowerText.split(/\s+/u);
  const written = text.split(/\s+/u);
  // "Organization of American States" is an organization, "Union County" a place.
  const placeHead = parts.length > 1 && PLACE_HEADS.has(parts.at(-1) ?? '') && !parts.includes('of') && !parts.includes('for');
  // "European Commission President Ursula von der Leyen": a title, then a name, after an institution's.
  // ("Police Chief Angela Whitcomb": a title after an organization's word opens a name too.)
  if (isPersonAfterTitle(parts)) return 'person';
  // "MPs", "CEOs": an acronym's plural is a group; so are a party's members ("House Republicans", "Senate Democrats").
  // ("Environmental NGOs": an acronym's plural ending the name; "The Council of NGOs" is an organization.)
  if (/^\p{Lu}{2,}s$/u.test(written.at(-1) ?? '') && !titled && !parts.includes('of') && !isOrganizationName(lowerText)) return 'group';
  // "Economists", "Analysts", "Residents", "Officials" opening a sentence: a plural of people, capitalized
  // only there (endings no surname has: "Sanders" or "Roberts" stay names).
  if (parts.length === 1 && PEOPLE_PLURAL.test(lowerText)) return 'group';
  // ("Party of European Socialists", "Association of Young Republicans" are organizations.)
  if (PARTY_MEMBERS.has(parts.at(-1) ?? '') && !parts.includes('of') && !parts.includes('for')) return 'group';
  // "East Africa", "Central Asia", "Northern Ireland": a point of the compass before a name is a region.
  if (parts.length === 2 && COMPASS_WORDS.has(parts[0] ?? '') && !isOrganizationName(lowerText)) return 'place';
  if (isOrganizationName(lowerText) && !placeHead) return 'organization';
  // "BBC Radio", "ABC News Live": an acronym of three letters or more (not a role's: "CEO") is no person's name.
  if (parts.length > 1 && !titled && written.some((word) => /^\p{Lu}{3,}$/u.test(word) && !ROLE_ACRONYMS.has(word))) return 'organization';
  if (parts.some((part) => EVENT_HEADS.has(part))) return 'unspecified';
  // "South China Sea", "the Batanes Islands": a geographic head word.
  if (placeHead) return 'place';
  // "Hungary and Poland": two names joined are a group.
  // ("Procter & Gamble", "Mercer Hale & Company": an ampersand joins a firm's name.)
  if (parts.includes('&')) return 'organization';
  if (parts.includes('and')) return 'group';
  // ("The Duke of Sussex": a noble title and its place name a person.)
  if (titled || NOBLE_TITLES.has(parts[0] === 'the' ? (parts[1] ?? '') : (parts[0] ?? ''))) return 'person';
  // "Doctors Without Borders", "Students for Fair Admissions": a person's name holds no preposition
  // (but a title of a place does: "the Archbishop of Canterbury", "the Secretary of State").
  if (parts.some((part, at) => NAME_PREPOSITIONS.has(part) && at > 0 && !TITLES.has(titleKey(parts[at - 1] as string)) && !NOBLE_TITLES.has(parts[at - 1] as string))) return 'organization';
  // "The United States", "the Kremlin": a person's name takes no article.
  if (parts[0] === 'the') return 'unspecified';
  // ("Luiz Inacio Lula da Silva": the particles are no words of their own.)
  const words = parts.filter((part) => /^\p{L}/u.test(part) && !NAME_PARTICLES.has(part));
  return words.length >= 2 && words.length <= 4 ? 'person' : 'unspecified';
}

function isNameToken(token: Token): boolean {
  return token.pos === 'PROPN' && startsUpper(token.text) && !CALENDAR.has(token.text.toLowerCase()) && !TIME_ZONES.has(token.text);
}

function isTitleToken(token: Token | undefined): boolean {
  return token !== undefined && startsUpper(token.text) && TITLES.has(titleKey(token.text));
}


/**
 * One past a party label that starts at `index` ("D-N.J.", "I-Vt."): a party letter glued to a
 * hyphen and a capitalized word, up to the comma, parenthesis or sentence end after it; else `index`.
 */
function partyLabelSkip(input: string, tokens: readonly Token[], index: number): number {
  const token = tokens[index] as Token;
  const hyphen = tokens[index + 1];
  const state = tokens[index + 2];
  if (!PARTY_LETTERS.has(token.text) || hyphen?.text !== '-' || !isGluedHyphen(tokens, index + 1) || !startsUpper(state?.text ?? '')) return index;
  let at = index + 2;
  while (at < Math.min(tokens.length, index + MAX_PARTY_LABEL_TOKENS) && (tokens[at] as Token).sentence === token.sentence && !/^[,)]$/u.test((tokens[at] as Token).text)) at += 1;
  // The label ends at a comma, a parenthesis or the sentence's end, and reads as one ("The I-Team spoke" does not).
  const ends = at >= tokens.length || (tokens[at] as Token).sentence !== token.sentence || /^[,)]$/u.test((tokens[at] as Token).text);
  const text = input.slice(token.start, (tokens[at - 1] as Token).end).replace(/\.$/u, '');
  return ends && PARTY_LABEL.test(text) ? at : index;
}

/** Lower-case particles inside people's names. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'al', 'la', 'le', 'zu']);

/** Whether the token at `index` is a lower-case name particle, with at most one more, before a name in the same sentence. */
function isNameParticle(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!NAME_PARTICLES.has(token.text)) return false;
  const next = tokens[index + 1];
  if (next === undefined || next.sentence !== token.sentence) return false;
  if (isNameToken(next)) return true;
  const after = tokens[index + 2];
  return NAME_PARTICLES.has(next.text) && !NAME_PARTICLES.has(tokens[index - 1]?.text ?? '') && after !== undefined && after.sentence === token.sentence && isNameToken(after);
}

/** The lemmas and texts of the document's lower-case nouns ("teachers", "drones" → "drone"): one pass. */
function lowerCaseLemmas(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const token of tokens) {
    const code = token.text.charCodeAt(0);
    // a–z: a lower-case word (names and sentence openings start with a capital).
    if (code >= 97 && code <= 122 && token.pos === 'NOUN') {
      words.add(token.text);
      words.add(token.lemma);
    }
  }
  return words;
}

/** Role acronyms that stand between a company's name and its holder's ("Wells Fargo CEO John Stumpf"). */
const ROLE_ACRONYMS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'MP', 'MEP', 'MSP', 'VP']);
/** Words before a saint's or a ship's name, which a given name may follow ("Santa Clara", "USS Harry S. Truman"). */
const NAME_PREFIXES = new Set(['santa', 'san', 'st', 'st.', 'saint', 'são', 'sao', 'uss', 'hms', 'sainte', 'ste']);

/** Whether a lower-cased word names an institution or a place ("bank", "england" is not one, "commission" is). */
function isInstitutionWord(word: string): boolean {
  return ORGANIZATION_HEADS.has(word) || PLACE_HEADS.has(word);
}

/**
 * Where a person's name starts inside the name run `[start, end)`, else `start`: at a known given name
 * right after a role acronym ("Wells Fargo CEO | John Stumpf"), or after an institution's name that
 * holds an institution or place word ("Bank of England | Andrew Bailey", "European Commission | Ursula
 * von der Leyen"), when only names follow and none of them an institution word. Saints' names in
 * places ("Santa Clara University"), ships ("USS Harry S. Truman") and middle names ("Carlo Maria
 * Viganò") stay whole. Two passes, one from each end: linear in the run.
 */
function givenNameInside(tokens: readonly Token[], start: number, end: number, givenNames: ReadonlyMap<string, unknown>): number {
  if (end - start < 3 || givenNames.size === 0) return start;
  // From the right: where the run stops being names only, and where it last holds an institution word.
  let namesFrom = end;
  let plainFrom = end;
  for (let at = end - 1; at > start; at -= 1) {
    const token = tokens[at] as Token;
    if (namesFrom === at + 1 && (isNameToken(token) || NAME_PARTICLES.has(token.text))) namesFrom = at;
    if (plainFrom === at + 1 && !isInstitutionWord(token.text.toLowerCase())) plainFrom = at;
  }
  // Whether an institution or place word stands before the word before the given name.
  let institution = false;
  for (let at = start + 1; at <= end - 2; at += 1) {
    const previous = tokens[at - 1] as Token;
    const word = previous.text.toLowerCase();
    if (at < namesFrom || at < plainFrom || !givenNames.has((tokens[at] as Token).text.toLowerCase())) {
      if (isInstitutionWord(word)) institution = true;
      continue;
    }
    if (ROLE_ACRONYMS.has(previous.text)) return at;
    // The word before is a name ("England" of "Bank of England", "Commission" of "European
    // Commission"), not "of", a place word that heads a place's name ("Lake Louise"), a given name, a
    // title, a particle or a prefix.
    // (The organization word must follow a name of its own: "University Joseph Fourier" is one name.)
    if (ORGANIZATION_HEADS.has(word) && at - 2 >= start && isNameToken(tokens[at - 2] as Token)) institution = true;
    const free = isNameToken(previous) && !PLACE_HEADS.has(word) && !givenNames.has(word) && !isTitleToken(previous) && !NAME_PARTICLES.has(previous.text) && !NAME_PREFIXES.has(word);
    if (institution && free) return at;
    if (isInstitutionWord(word)) institution = true;
  }
  return start;
}

/** Whether the token opens its sentence, or a quotation at its start. */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (previous === undefined || previous.sentence !== (tokens[index] as Token).sentence) return true;
  const before = tokens[index - 2];
  return previous.pos === 'PUNCT' && /^[“"‘']$/u.test(previous.text) && (before === undefined || before.sentence !== previous.sentence);
}

/** Whether the token at `index` joins a name run that holds an organization word to a name after it ("of"/"for"/"on"). */
function isOrganizationConnective(tokens: readonly Token[], index: number, organizationSeen: boolean, connectiveSeen: boolean): boolean {
  const token = tokens[index] as Token;
  // ("… Council for the Exploration of the Sea": an article may stand between the connective and the name.)
  const next = tokens[index + 1]?.text === 'the' && token.text !== 'and' ? tokens[index + 2] : tokens[index + 1];
  if (next === undefined || !isNameToken(next) || next.sentence !== token.sentence) return false;
  if (token.text === 'and') {
    // ("the Ministry of Defence and Prime Minister Keir Starmer": an organization and a person.)
    if (personalTitleAhead(tokens, index + 1)) return false;
    // "Centers for Disease Control and Prevention": after "of" or "for", "and" goes on with the name
    // unless a second institution follows ("the Bank of England and European Central Bank").
    if (organizationSeen && connectiveSeen) return !institutionAhead(tokens, index + 1);
    // "House Ways and Means Committee", "The Highland Farmers and Crofters Association": names, then
    // the organization's word after "and" ("The Senate and House" are two).
    return organizationWordAhead(tokens, index + 1) && (organizationSeen || pluralBeforeAnd(tokens, index));
  }
  // ("The Duke of Sussex": "of" after a noble title joins the title and its place too.)
  const noble = token.text === 'of' && NOBLE_TITLES.has(tokens[index - 1]?.text.toLowerCase() ?? '');
  return (organizationSeen || noble) && NAME_CONNECTIVES.has(token.text);
}

function lowerText(token: Token | undefined): string {
  return token?.text.toLowerCase() ?? '';
}

/** How far after a name its apposition's noun of a person may stand (", a 34-year-old mother"). */
const MAX_APPOSITION_REACH = 8;

/** Whether ", a … mother", ", the … coach" follows the name ending before `index`. */
function describesPersonAfter(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.text !== ',' || !['a', 'an', 'the'].includes(lowerText(tokens[index + 1]))) return false;
  for (let at = index + 2; at < Math.min(tokens.length, index + MAX_APPOSITION_REACH); at += 1) {
    const token = tokens[at] as Token;
    // ("Chelsea, the London club whose manager resigned,": a relative clause describes another noun.)
    if (token.text === ',' || token.pos === 'VERB' || token.pos === 'AUX' || RELATIVE_WORDS.has(lowerText(token))) return false;
    if (PERSON_NOUNS.has(lowerText(token))) return true;
  }
  return false;
}

/** Whether the token at `index` is a possessive glued to a name and followed by a capitalized organization's word ("Attorney’s | Office"). */
function isPossessiveInName(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index] as Token;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (!before || !after || !/^[’']s$/u.test(mark.text) || before.end !== mark.start || after.sentence !== mark.sentence) return false;
  return /^\p{Lu}/u.test(after.text) && ORGANIZATION_HEADS.has(after.text.toLowerCase());
}

/** Whether a plural name stands before "and" ("The Highland Farmers | and Crofters Association"), not a person's ("Netanyahu and …"). */
function pluralBeforeAnd(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const further = tokens[index - 2];
  return before !== undefined && further !== undefined && isNameToken(further) && /\p{Ll}s$/u.test(before.text);
}


/** Whether the name after "and" ends in an institution's head word ("European Central Bank"), not a word of one name ("Land Management"). */
function institutionAhead(tokens: readonly Token[], from: number): boolean {
  for (let index = from; index < Math.min(tokens.length, from + MAX_NAME_AFTER_AND); index += 1) {
    const token = tokens[index] as Token;
    if (!isNameToken(token)) return false;
    if (INSTITUTION_HEADS.has(token.text.toLowerCase())) return true;
  }
  return false;
}

/** How far after "and" an organization's word may end the name. */
const MAX_NAME_AFTER_AND = 4;

/** Whether a person's title opens the name at `from` ("Prime Minister Keir Starmer", "Sen. Ann Cole"). */
function personalTitleAhead(tokens: readonly Token[], from: number): boolean {
  const first = titleKey(tokens[from]?.text ?? '');
  return PERSONAL_TITLES.has(first) || (TITLES.has(first) && PERSONAL_TITLES.has(titleKey(tokens[from + 1]?.text ?? '')));
}

/** Whether the name that starts at `from` is made of names only and ends, past its first word, in an organization's word ("Crofters Association", "Means Committee"). */
function organizationWordAhead(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || !isNameToken(first)) return false;
  for (let index = from + 1; index < Math.min(tokens.length, from + MAX_NAME_AFTER_AND); index += 1) {
    const token = tokens[index] as Token;
    if (!isNameToken(token)) return false;
    if (ORGANIZATION_HEADS.has(token.text.toLowerCase())) {
      const after = tokens[index + 1];
      return after === undefined || !isNameToken(after);
    }
  }
  return false;
}

/** Prepositions after which a name is a place's ("in Las Vegas", "near El Fasher"); "at" and "from" often take organizations. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout']);
/**
 * Words before "in" that take a person, a company or a publication, not a place ("confidence in Xi
 * Jinping", "shares in Rolls Royce", "published in Der Spiegel", "quoted in Le Monde"); verbs of
 * place ("said in Des Moines", "appeared in Grand Rapids") are not, nor "reported" after an auxiliary
 * ("were reported in Grand Rapids").
 */
const BEFORE_IN_NO_PLACE = new Set(['confidence', 'faith', 'trust', 'belief', 'interest', 'stake', 'stakes', 'shares', 'share', 'investment', 'investments', 'role', 'part', 'published', 'wrote', 'written', 'quoted', 'reported', 'interview', 'op-ed', 'column', 'article', 'editorial']);

/** Whether the word before token `index` is a preposition of place (and no other use of "in"). */
function isAfterPlacePreposition(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (before === undefined || before.pos !== 'ADP' || before.sentence !== (tokens[index] as Token).sentence) return false;
  const head = tokens[index - 2];
  const passive = head?.text.toLowerCase() === 'reported' && tokens[index - 3]?.pos === 'AUX';
  return PLACE_PREPOSITIONS.has(before.text.toLowerCase()) && !(head !== undefined && BEFORE_IN_NO_PLACE.has(head.text.toLowerCase()) && !passive);
}

/** Whether the token is a capitalized preposition or "And" between two names, in a sentence that is no Title Case headline. */
function isCapitalizedConnective(tokens: readonly Token[], index: number, titleCaseSentences: Map<number, boolean>): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if ((token.pos !== 'ADP' && token.pos !== 'CCONJ') || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || !next || !isNameToken(next) || next.sentence !== token.sentence) return false;
  let titleCase = titleCaseSentences.get(token.sentence);
  if (titleCase === undefined) {
    titleCase = isTitleCase(tokens, sentenceBound(tokens, index, -1), sentenceBound(tokens, index, 1));
    titleCaseSentences.set(token.sentence, titleCase);
  }
  return !titleCase;
}

/**
 * The start (step -1) or end (step 1) of the sentence of token `index`, looked for no further
 * than a headline's length: a sentence longer than that is no Title Case headline either way.
 */
function sentenceBound(tokens: readonly Token[], index: number, step: -1 | 1): number {
  const sentence = (tokens[index] as Token).sentence;
  let at = index;
  for (let steps = 0; steps <= MAX_HEADLINE_TOKENS && tokens[at + step]?.sentence === sentence; steps += 1) at += step;
  return step === 1 ? at + 1 : at;
}

/**
 * Names in running text: maximal runs of capitalized proper nouns (titles before them included,
 * possessive endings excluded), which wink-nlp's tagger marks although it recognizes no entities.
 */
export function findNameMentions(input: string, tokens: readonly Token[], givenNames: ReadonlyMap<string, unknown> = new Map()): Mention[] {
  const mentions: Mention[] = [];
  const commonWords = lowerCaseLemmas(tokens);
  const titleCaseSentences = new Map<number, boolean>();
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    // "WASHINGTON (AP) —", "KYIV, Ukraine (Reuters) -": a dateline names where the story was filed and who filed it.
    const dateline = datelineEnd(input, tokens, index);
    if (dateline > 0) {
      index = dateline;
      continue;
    }
    // "D-N.J.", "I-Vt.": a party label, up to its comma or parenthesis, names no participant.
    const label = partyLabelSkip(input, tokens, index);
    if (label > index) {
      index = label;
      continue;
    }
    if (!isNameToken(token) && !(isTitleToken(token) && tokens[index + 1] && isNameToken(tokens[index + 1] as Token))) {
      index += 1;
      continue;
    }
    const start = index;
    let titled = isTitleToken(token);
    // Whether the run holds an organization word so far, kept as it grows (one pass over the run).
    let organizationSeen = ORGANIZATION_HEADS.has(token.text.toLowerCase());
    // Whether a connective ("of", "for") already joined two parts of the run: "and" may join more.
    let connectiveSeen = false;
    index += 1;
    while (index < tokens.length) {
      const next = tokens[index] as Token;
      if (next.sentence !== token.sentence) break;
      if (ORGANIZATION_HEADS.has(next.text.toLowerCase())) organizationSeen = true;
      // "Rev. Jesse Jackson": the period of a title abbreviation stays inside the name.
      const titlePeriod = next.text === '.' && isTitleToken(tokens[index - 1]) && tokens[index + 1] !== undefined && isNameToken(tokens[index + 1] as Token);
      if (isNameToken(next) || isTitleToken(next)) titled ||= isTitleToken(next);
      else if (isGluedHyphen(tokens, index) && index - start >= 2 && tokens[index + 1] !== undefined && isGivenNameSuffix((tokens[index + 1] as Token).text)) {
        // "Ban Ki-moon", "Lai Ching-te": the lower-case end of a hyphenated given name.
        index += 2;
        break;
      } else if (isNameParticle(tokens, index)) {
        // "Ursula von der Leyen", "Charles de Gaulle", "Mohammed bin Salman": particles inside a person's name.
        index += 1;
        continue;
      } else if (isCapitalizedConnective(tokens, index, titleCaseSentences)) {
        // "Doctors Without Borders", "Mothers Against Drunk Driving": a capitalized preposition
        // between two names joins them, outside a Title Case headline.
        index += 1;
        continue;
      } else if (isPossessiveInName(tokens, index)) {
        // "the U.S. Attorney’s Office", "the People’s Party": a possessive before an organization's word inside its name.
        organizationSeen = true;
        index += 2;
        continue;
      } else if (next.text === '&' && tokens[index + 1] !== undefined && isNameToken(tokens[index + 1] as Token) && (tokens[index + 1] as Token).sentence === next.sentence) {
        // "Procter & Gamble", "Mercer Hale & Company": an ampersand between names joins a firm's name.
        organizationSeen = true;
        index += 1;
        continue;
      } else if (isOrganizationConnective(tokens, index, organizationSeen, connectiveSeen)) {
        // "Institute for Security Studies", "Bank of England": a connective inside an organization's name
        // ("International Council for the Exploration of the Sea": with its article).
        connectiveSeen = true;
        index += tokens[index + 1]?.text === 'the' ? 2 : 1;
        continue;
      } else if (!titlePeriod && !(isGluedHyphen(tokens, index) && tokens[index + 1] && isNameToken(tokens[index + 1] as Token))) break;
      index += 1;
    }
    // "Exchequer Rachel Reeves", "Wells Fargo CEO John Stumpf": a known given name inside the run,
    // after a word that is no given name nor title, opens the person's name.
    const personStart = givenNameInside(tokens, start, index, givenNames);
    const first = tokens[personStart] as Token;
    const last = tokens[index - 1] as Token;
    const text = input.slice(first.start, last.end);
    // A title alone ("Rev"), one capital letter ("R" of "(R-IN)") or a quantifier opening a sentence ("Several") names nobody.
    // ("Tonight, the city …", "I'm": a time adverb or a contraction of "I" names nobody either.)
    if (index - start === 1 && (isTitleToken(first) || /^\p{Lu}$/u.test(first.text) || QUANTIFIER_OPENERS.has(first.text.toLowerCase()) || TIME_ADVERBS.has(first.text.toLowerCase()) || DURATION_NOUNS.has(first.text.toLowerCase()) || /^I['’]/u.test(first.text))) continue;
    // "Drone attack hits Kyiv", "Mortgage holders …": one capitalized word opening a sentence,
    // used in lower case elsewhere in the text, is a common noun.
    // (Only before a lower-case noun: "Labour won", "Congress on Tuesday passed", "Price said" stay names.)
    const following = tokens[index];
    const modifiesNoun = following !== undefined && following.pos === 'NOUN' && following.sentence === first.sentence && /^\p{Ll}/u.test(following.text);
    if (index - start === 1 && modifiesNoun && opensSentence(tokens, start) && commonWords.has(first.text.toLowerCase())) continue;
    // "Lee, a Utah Republican, …", "an American": a name after an indefinite article that ends its
    // noun phrase describes someone; it names no one ("an Obama appointee" still names Obama).
    const article = tokens[start - 1];
    if (article !== undefined && (article.text === 'a' || article.text === 'an') && !(following !== undefined && following.sentence === first.sentence && (following.pos === 'NOUN' || following.pos === 'PROPN'))) continue;
    // An event ("the Bucharest Summit", "post-Cold War") is no participant, nor a party label ("R-Texas").
    if (isEventName(text) || PARTY_LABEL_START.test(text)) continue;
    let kind = kindOfName(text, titled && start < index - 1);
    // "a rally in Las Vegas", "a camp near El Fasher": a name after a preposition of place, and no
    // person's (no title, no known given name, no possessive), is a place.
    const possessive = /^[’']s?$/u.test(tokens[index]?.text ?? '');
    // "the East Side", "the Springfield Chamber of Commerce": a name after "the" is no person's.
    if (kind === 'person' && !titled && tokens[personStart - 1]?.text.toLowerCase() === 'the' && personStart === start) kind = 'unspecified';
    // (Two words at least: "faith in Trump" is about a person.)
    const placeLike = index - personStart >= 2 && !titled && !possessive && isAfterPlacePreposition(tokens, personStart) && !givenNames.has(first.text.toLowerCase());
    if ((kind === 'person' || kind === 'unspecified') && placeLike) kind = 'place';
    // "Amal, a 34-year-old mother of four, …": one name before a description of a person is a person's.
    if (kind === 'unspecified' && index - personStart === 1 && describesPersonAfter(tokens, index)) kind = 'person';
    // "the besieged city of Tal Merah", "the village of Khirbet": a name after a place noun and "of" is a place.
    if ((kind === 'person' || kind === 'unspecified') && !titled && lowerText(tokens[start - 1]) === 'of' && PLACE_HEADS.has(lowerText(tokens[start - 2]))) kind = 'place';
    // "the journal Clinical Infectious Diseases", "the newspaper Le Monde": a publication's name.
    // (A firm's, not before a verb that ends a relative clause: "SpaceX, the company Elon Musk founded," names its founder.)
    const clauseAfter = following !== undefined && (following.pos === 'VERB' || following.pos === 'AUX') && tokens[index + 1]?.text === ',';
    if (personStart === start && (PUBLICATION_NOUNS.has(tokens[start - 1]?.text.toLowerCase() ?? '') || (!clauseAfter && FIRM_NOUNS.has(tokens[start - 1]?.text ?? '')))) kind = 'organization';
    // ("U.S. District Judge Marianne Kessler": her title is a role "the judge" names her by.)
    const titles = kind === 'person' ? titleWordsOf(tokens, start, index) : [];
    mentions.push({ start: first.start, end: last.end, text, form: 'name', kind, roles: [], titles, attribution: -1 });
  }
  return mentions;
}

/** The title words among tokens `[start, end)`, lower case and without a period ("Judge", "Sen." → "judge", "sen"). */
function titleWordsOf(tokens: readonly Token[], start: number, end: number): string[] {
  const titles: string[] = [];
  for (let index = start; index < end; index += 1) {
    const word = titleKey((tokens[index] as Token).text);
    if (TITLES.has(word)) titles.push(word);
  }
  return titles;
}

/** Words of an apposition that name a role ("President Vladimir Putin’s press secretary" → press, secretary). */
function roleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 2);
}

/** A mention built field by field (an object spread would leave it slow to read). */
function mentionOf(span: Span, form: Mention['form'], kind: ActorKind, roles: string[], attribution: number, titles: string[] = []): Mention {
  return { start: span.start, end: span.end, text: span.text, form, kind, roles, titles, attribution };
}

/** A preposition between spaces: where a description's head may end ("envoy | to …"). */
const PREPOSITION = /\s(?:to|of|for|at|in|from|on|with|by|within|among|across|inside|outside)\s/gu;

/**
 * Where a description's head ends: before the first preposition that follows a lower-case word
 * ("a senior envoy | to Ukraine"), not one inside a name ("Bank of England"). Linear: literal
 * alternatives between spaces, and one look back per candidate.
 */
function descriptionEnd(text: string): number | undefined {
  for (const match of text.matchAll(PREPOSITION)) {
    const wordStart = text.lastIndexOf(' ', match.index - 1) + 1;
    const word = text.slice(wordStart, match.index);
    // "Critics in Beijing", "Officials in Kyiv": a plural noun capitalized only because it opens the sentence.
    const openingPlural = wordStart === 0 && /^\p{Lu}\p{Ll}+$/u.test(word) && GROUP_NOUN.test(word) && !/ss$/u.test(word);
    if (/^\p{Ll}/u.test(word) || openingPlural) return match.index;
  }
  return undefined;
}

/**
 * The mention a source span makes: the part before an apposition's comma is who it is; a pronoun,
 * a plural common noun ("Russian officials") or a description ("the Kremlin spokesman") otherwise.
 */
export function sourceMention(input: string, source: Span, attribution: number): Mention {
  const comma = source.text.indexOf(',');
  let headEnd = comma > 0 ? source.start + comma : source.end;
  // "A diplomat who was briefed on the talks": the description ends before its relative clause.
  const relative = RELATIVE_CLAUSE.exec(input.slice(source.start, headEnd));
  if (relative) headEnd = source.start + relative.index;
  // "A survey by Gallup", "a report by the inspector general": the author of a document speaks.
  const author = documentAuthor(input, source.start, headEnd);
  if (author) return sourceMention(input, author, attribution);
  // "a senior envoy to Ukraine", "officials in Kyiv": a description ends before its preposition;
  // "people familiar with the matter", "migrants interviewed by Reuters": before its postmodifier.
  const described = input.slice(source.start, headEnd);
  const modifier = postmodifierStart(described);
  const preposition = descriptionEnd(described);
  const end = modifier === undefined ? preposition : preposition === undefined ? modifier : Math.min(modifier, preposition);
  if (end !== undefined) headEnd = source.start + end;
  let head = spanOf(input, source.start, headEnd);
  // "Gov. Mike Pence (R-IN)": a short parenthetical after the name (party and state) is no part of it.
  const open = head.text.endsWith(')') ? head.text.lastIndexOf('(') : -1;
  if (open > 0 && head.text.length - open <= 26) {
    let cut = open;
    while (cut > 0 && /\s/u.test(head.text[cut - 1] as string)) cut -= 1;
    if (cut > 0) head = spanOf(input, head.start, head.start + cut);
  }
  const possessive = /[’']s?$/u.exec(head.text);
  if (possessive && head.text.length > possessive[0].length) head = spanOf(input, head.start, head.end - possessive[0].length);
  const roles = comma > 0 ? roleWords(input.slice(headEnd, source.end)) : [];
  // "Taiwan’s president, Lai Ching-te": a description, then the name in apposition: the name is who it is.
  // Not after a place ("A farmer from Ames, Iowa,"), nor a one-word apposition ("The mayor of
  // Springfield, Illinois,"): there it belongs to the place. "The mayor of Paris, Anne Hidalgo," names.
  const beforeComma = input.slice(source.start, source.start + comma);
  // (An acronym is no state or country: "The UN peacekeeping force in southern Lebanon, UNIFIL,".)
  const acronymAfter = /^,\s*\p{Lu}{3,}\s*(?:,|$)/u.test(input.slice(source.start + comma, source.end));
  const named = comma > 0 && (!AFTER_PLACE.test(beforeComma) || acronymAfter) ? appositionName(input, source, source.start + comma, PREPOSITION_IN.test(beforeComma) && !acronymAfter ? 2 : 1) : null;
  if (named && !/^\p{Lu}/u.test(head.text.split(/\s+/u).at(-1) ?? '')) {
    // "His wife, Melania", "The prime minister, Modi": a one-word name after a description of a person
    // is a person; not after an organization word, a relation that companies have ("Its partner,
    // Oxfam,"), or "its".
    const kind = kindOfName(named.text, false);
    const headWords = head.text.toLowerCase().split(/\s+/u);
    const ofPerson = PERSON_NOUNS.has(headWords.at(-1) ?? '') && headWords[0] !== 'its' && !COMPANY_MODIFIERS.has(headWords.at(-2) ?? '');
    return mentionOf(named, 'name', kind === 'unspecified' && ofPerson ? 'person' : kind, roleWords(head.text), attribution);
  }
  const lower = head.text.toLowerCase();
  if (PERSON_PRONOUNS.has(lower)) return mentionOf(head, 'pronoun', 'person', roles, attribution);
  if (GROUP_PRONOUNS.has(lower)) return mentionOf(head, 'pronoun', 'group', roles, attribution);
  if (/^(?:who|which|that|it)$/u.test(lower)) return mentionOf(head, 'pronoun', 'unspecified', roles, attribution);
  const words = head.text.split(/\s+/u);
  const last = (words.at(-1) ?? '').toLowerCase();
  const capitalizedLast = /^\p{Lu}/u.test(words.at(-1) ?? '');
  if (!capitalizedLast && GROUP_NOUN.test(last) && !isRecordNoun(last)) return mentionOf(head, 'group', 'group', roles, attribution);
  // A description is of the kind of its head noun: "A State Department official" is a person.
  if (!capitalizedLast) return mentionOf(head, 'description', descriptionKind(last), [...roles, ...roleWords(head.text)], attribution);
  // "The Chief Minister", "the Prime Minister": capitalized title words alone describe by role.
  // (Only after "the" or with two title words: "King" and "Pastor" alone are surnames.)
  // (An honorific makes a name: "Mr. King", "Mr. Bishop".)
  const titleWords = words.map(titleKey).filter((word) => word !== 'the');
  const definite = (titleKey(words[0] ?? '') === 'the' || titleWords.length > 1) && !titleWords.some((word) => HONORIFICS.has(word));
  if (definite && titleWords.some((word) => PERSONAL_TITLES.has(word)) && titleWords.every((word) => TITLES.has(word))) return mentionOf(head, 'description', 'person', roles, attribution, titleWords);
  const titled = words.length > 1 && TITLES.has(titleKey(words[0] ?? ''));
  const kind = kindOfName(head.text, titled);
  // ("U.S. District Judge Marianne Kessler": her title is one "the judge" names her by.)
  return mentionOf(head, 'name', kind, roles, attribution, kind === 'person' ? titleWords.filter((word) => TITLES.has(word)) : []);
}

/** " of ", " at ", " from ": where a person's name ends and the affiliation after it begins. */
const AFFILIATION = /\s(?:of|at|from)\s/u;

/**
 * Where the name in a name-form source ends: before an affiliation ("Dr Ana Ruiz | of the University
 * of Sydney", "John Smith | at the Brookings Institution") when at least two capitalized words, the
 * last neither a title nor an organization or place word, stand before it; else the source's end.
 * ("Secretary of State John Kerry" and "Bank of England" are not cut.)
 */
export function affiliationStart(mention: Span): number {
  const match = AFFILIATION.exec(mention.text);
  if (!match) return mention.end;
  const words = mention.text.slice(0, match.index).split(/\s+/u);
  const last = titleKey(words.at(-1) ?? '');
  const named = words.length >= 2 && words.every((word) => startsUpper(word));
  if (!named || TITLES.has(last) || PERSONAL_TITLES.has(last) || OFFICE_HEADS.has(last) || ORGANIZATION_HEADS.has(last) || PLACE_HEADS.has(last)) return mention.end;
  // "Joint Chiefs of Staff Chairman Gen. Dan Caine": a title after the affiliation, then only a name,
  // opens the speaker's name. ("of the Office of the Director of National Intelligence" does not.)
  const after = mention.text.slice(match.index + match[0].length).split(/\s+/u);
  let lastTitle = -1;
  after.forEach((word, index) => {
    if (PERSONAL_TITLES.has(titleKey(word))) lastTitle = index;
  });
  const name = after.slice(lastTitle + 1);
  if (lastTitle >= 0 && name.length > 0 && name.every((word) => startsUpper(word))) return mention.end;
  return mention.start + match.index;
}


/** A relative clause in a description; "that" after a preposition is a determiner ("a lawyer for that family"). */
const RELATIVE_CLAUSE = /\s(?:who|which|whose)\s|(?<!\s(?:for|at|of|in|on|to|from|with|by|about|into|over))\sthat\s/u;


/** The kind of a description by its head noun: "the agency" an organization, "a briefing note" nobody, "the senator" a person. */
function descriptionKind(head: string): ActorKind {
  // ("the school district said", "the city said": a place that speaks is its government.)
  if (ORGANIZATION_HEADS.has(head) || PLACE_HEADS.has(head)) return 'organization';
  return isRecordNoun(head) ? 'unspecified' : 'person';
}

/** Whether a lower-case noun names a document or a record, singular or plural ("a study", "estimates", "figures"). */
function isRecordNoun(word: string): boolean {
  return RECORD_NOUNS.has(word) || DOCUMENT_NOUNS.has(word) || DOCUMENT_NOUNS.has(word.replace(/s$/u, ''));
}



/** "A survey by Gallup": the span of the author after "by" when a document noun comes right before it, else null. */
function documentAuthor(input: string, start: number, end: number): Span | null {
  const text = input.slice(start, end);
  const by = text.indexOf(' by ');
  if (by < 0) return null;
  const before = text.slice(0, by).toLowerCase().split(/\s+/u);
  // ("a report released by the agency", "a poll commissioned by the party": past the participle.)
  if (before.length > 1 && /(?:ed|en)$/u.test(before.at(-1) ?? '')) before.pop();
  const noun = before.at(-1) ?? '';
  // The document noun heads the phrase: only a determiner, a number or modifiers before it, no "of"
  // ("Critics of a report by the inspector general" are the critics).
  if (!DOCUMENT_NOUNS.has(noun) || before.length > 6 || before.some((word) => word === 'of' || word === 'for' || RELATIVE_WORDS.has(word))) return null;
  let authorStart = start + by + 4;
  while (authorStart < end && /\s/u.test(input[authorStart] as string)) authorStart += 1;
  return authorStart < end ? spanOf(input, authorStart, end) : null;
}

/**
 * Where a postmodifier starts in a description: a word of the list after the first word ("senior
 * officials | familiar with …", "a spokesman for the group | based in London"), or a participle
 * right after a plural head ("Afghan migrants | interviewed by …", "Protesters | marching through
 * …"). "The king of Jordan" and "A sibling of the victim" end in -ing but are nouns.
 */
function postmodifierStart(text: string): number | undefined {
  // "Officials | not authorized to speak", "a diplomat | not allowed to …": the anonymity formula.
  const anonymity = ANONYMITY_FORMULA.exec(text);
  if (anonymity) return anonymity.index;
  // The word before is captured by the expression itself: no search back per match (linear).
  // Matches start at a word's start only, so a long run without spaces is read once.
  for (const match of text.matchAll(/(?<=^|\s)(\S+)(\s)(\p{Ll}+)\s(?:with|to|on|in|by|about|from|at|for|of|through)\s/gu)) {
    const at = match.index + (match[1] as string).length;
    const word = match[3] as string;
    if (POSTMODIFYING_ADJECTIVES.has(word)) return at;
    const head = (match[1] as string).toLowerCase();
    if (/(?:ing|ed)$/u.test(word) && GROUP_NOUN.test(head) && !/ss$/u.test(head)) return at;
    // "A study | published in the journal Nature", "a report | released by the agency".
    if (/(?:ed|en)$/u.test(word) && isRecordNoun(head)) return at;
  }
  return undefined;
}

/** The longest name an apposition may be, in words. */
const MAX_APPOSITION_NAME_WORDS = 4;

/**
 * The name that follows a description's comma in a source ("…, Lai Ching-te" up to the next comma
 * or the end), when it is one: one to four capitalized words. Null otherwise.
 */
function appositionName(input: string, source: Span, comma: number, minWords: number): Span | null {
  let start = comma + 1;
  while (start < source.end && /\s/u.test(input[start] as string)) start += 1;
  let end = input.indexOf(',', start);
  if (end < 0 || end > source.end) end = source.end;
  while (end > start && /[\s,]/u.test(input[end - 1] as string)) end -= 1;
  // "Her co-author, Jonas Berg of the Potsdam Institute,": the name before its affiliation.
  // (Only after two words: "Bank of America" is one name.)
  const affiliation = AFFILIATION.exec(input.slice(start, end));
  if (affiliation && /\s/u.test(input.slice(start, start + affiliation.index))) end = start + affiliation.index;
  const text = input.slice(start, end);
  const words = text.split(/\s+/u);
  if (words.length < minWords || words.length > MAX_APPOSITION_NAME_WORDS || !words.every((word) => /^\p{Lu}/u.test(word))) return null;
  return spanOf(input, start, end);
}

/** Whether a description holds a preposition ("The mayor of Springfield"): a one-word apposition after it is a place's. */
const PREPOSITION_IN = /\s(?:of|for|from|in|at|near)\s/u;

/** "not authorized to", "not allowed to" after a word: the anonymity formula (literal alternatives, linear). */
const ANONYMITY_FORMULA = new RegExp(`\\snot\\s(?:${[...PERMISSIONS_OF_ANONYMITY].join('|')})\\sto\\s`, 'u');

/** A description that ends in a place: "… from Ames", "… in Ohio" (the apposition after it is the place's state or country). */
const AFTER_PLACE = /\s(?:from|in|near|outside)\s+\p{Lu}[\p{L}.'’-]*$/u;


/** Definite descriptions by role: "the" + proper nouns + a role noun ("the Kremlin spokesman"). */
export function findRoleDescriptions(input: string, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  tokens.forEach((token, index) => {
    if (token.pos !== 'NOUN' || !ROLE_NOUNS.has(token.lemma)) return;
    let start = index;
    while (start > 0 && (tokens[start - 1] as Token).pos === 'PROPN' && (tokens[start - 1] as Token).sentence === token.sentence) start -= 1;
    const determiner = tokens[start - 1];
    if (start === index || !determiner || determiner.text.toLowerCase() !== 'the') return;
    const span = spanOf(input, determiner.start, token.end);
    mentions.push(mentionOf(span, 'description', 'person', [token.text.toLowerCase()], -1));
  });
  return mentions;
}
