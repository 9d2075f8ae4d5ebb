/**
 * The mention-word classes of `lexicons/mention-words.json` as sets: data, validated against its
 * schema by the test suite like every built-in lexicon, read once when the module loads.
 */
import mentionWordsData from '../../lexicons/mention-words.json';
import type { MentionWordsLexicon } from '../lexicons/schemas.js';

const { words } = mentionWordsData as MentionWordsLexicon;

/** Words that end an organization's name ("… Party", "… Institute", "the Kremlin"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(words.organizationHeads);
/** Heads of a whole institution's name: after "and" they end a second organization ("… and European Central Bank"). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(words.institutionHeads);
/** Words that end a place's name ("South China Sea", "Batanes Islands", "Donetsk Region"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(words.placeHeads);
/** Words that end an event's name ("the Bucharest Summit"), which names no participant. */
export const EVENT_HEADS: ReadonlySet<string> = new Set(words.eventHeads);
/** Titles of nobility before "of" and a place ("Duke of Sussex"), which the title list does not hold (they are surnames too). */
export const NOBLE_TITLES: ReadonlySet<string> = new Set(words.nobleTitles);
/** Nouns a publication's name follows ("the journal Nature", "the newspaper Haaretz"). */
export const PUBLICATION_NOUNS: ReadonlySet<string> = new Set(words.publicationNouns);
/** Lower-case nouns a firm's name follows ("the market research firm Palisade Data", "the lender Wells Fargo"). */
export const FIRM_NOUNS: ReadonlySet<string> = new Set(words.firmNouns);
/** A party's members, which end a group's name ("House Republicans", "Labour MPs" aside). */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(words.partyMembers);
/** Words that head an office named "… of …" ("Chief Executive of Shell", "Joint Chiefs of Staff"). */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(words.officeHeads);
/** Role nouns that a definite description can name a participant by ("the Kremlin spokesman"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(words.roleNouns);
/** Nouns that name people, after which a one-word name in apposition is a person ("His wife, Melania,", "The prime minister, Modi,"): the role nouns and more. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([...words.roleNouns, ...words.personNouns]);
/** Words before "leader" or "manager" that make the noun a company's ("The market leader, Nvidia,"). */
export const COMPANY_MODIFIERS: ReadonlySet<string> = new Set(words.companyModifiers);
/** Nouns of records that speak for their authors ("figures from the institute", "a briefing note"). */
export const RECORD_NOUNS: ReadonlySet<string> = new Set(words.recordNouns);
/** Nouns of documents and studies whose author speaks through them ("a survey by Gallup"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(words.documentNouns);
