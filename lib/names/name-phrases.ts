import { MONTH_PATTERN, WEEKDAY_PATTERN, type TextSpan } from '@/lib/text';

import { findNameChains, type NameChain } from './name-chains';
import { isTitleWord, withoutTitles } from './titles';
import { isCommonNoun, isFirstName, isPersonalName, isPlaceWord } from './word-kinds';

/**
 * Nouns that end the name of a body that speaks, written in lowercase after
 * a capitalised word ("China's foreign ministry") or capitalised in its name
 * ("the State Department", "Department of Homeland Security").
 */
export const BODY_HEADS = new Set(
  `ministry government office agency council committee court embassy department spokesperson spokespeople spokesman
  spokeswoman statement military army navy police company party commission administration cabinet parliament
  newspaper union bank group foundation institute association service presidency regime team campaign university
  center centre fund organization organisation authority board bureau corporation program programme network station
  laboratory observatory academy college school hospital church`.split(/\s+/),
);

export const isBodyHead = (word: string): boolean => BODY_HEADS.has(word.toLowerCase());

/** A name as the article writes it: its words, with offsets into the text. */
export interface Name extends TextSpan {
  text: string;
  words: string[];
}

/**
 * Capitalised chains joined by "of", "for" or "and" into one name:
 * "Under Secretary of State for Political Affairs Wendy Sherman", "Voice of
 * America", "Department of Health and Human Services". `name` is what a
 * speaker is called: the person's name without the title before it
 * ("Wendy Sherman"), or the whole phrase for a body ("Voice of America").
 */
export interface NamePhrase extends TextSpan {
  text: string;
  name: Name;
  /** The phrase is a title and a name: `name` is the person, and `text` the whole phrase. */
  titled: boolean;
  /** No first name told where the person's name starts: `name` is its last two words (or the surname). */
  guessed: boolean;
  possessive: boolean;
  chains: NameChain[];
}

const CONNECTOR = /^ +(of|for|and|on|to|of the|for the|on the|to the) +$/;
/** "Medicine on January 17" is a name and a date. */
const CALENDAR = new RegExp(`^(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})\\b`);

/** A chain that ends in a person's name after a title or a first name: "State John Kerry", "NASA Administrator Sean O'Keefe". */
function holdsName(chain: NameChain): boolean {
  const rest = withoutTitles(chain);
  if (rest !== chain) return rest !== null;
  return chain.words.slice(1).some(isFirstName);
}

/** Whether the next chain, after a connector, belongs to the same name. */
function joins(group: NameChain[], connector: string, next: NameChain): boolean {
  const first = group[0] as NameChain;
  const last = group.at(-1) as NameChain;
  if (last.possessive || holdsName(last)) return false;
  // "Ambassador to Germany Richard Grenell": "to" only continues a title.
  if (connector.startsWith('to')) return group.length === 1 && isTitleWord(last.words.at(-1) ?? '');
  if (isBodyHead(last.words.at(-1) ?? '')) return connector !== 'and';
  if (group.length > 1) return connector.startsWith('on') ? false : connector !== 'and' || last.words.length === 1;
  // "National Security and Defense Council", but not "Putin and Xi".
  if (connector === 'and') return isBodyHead(next.words.at(-1) ?? '') && !first.words.some(isPersonalName);
  if (isTitleWord(first.words.at(-1) ?? '')) return true;
  if (first.words.some(isTitleWord) || first.words.some(isPersonalName)) return false;
  return connector.startsWith('of') && isCommonNoun(first.words.at(-1) ?? '');
}

const nameFrom = (text: string, start: number, end: number): Name => {
  const slice = text.slice(start, end);
  return { start, end, text: slice, words: slice.split(/\s+/) };
};

/** The name at the end of a chain: after its last title, from its first given name, or (in a title phrase) a guess. */
function personIn(text: string, chain: NameChain, inTitle: boolean): { name: Name; titled: boolean; guessed: boolean } | null {
  const rest = withoutTitles(chain);
  if (rest === null) return null;
  const offsets = [...rest.text.matchAll(/\S+/g)].map((m) => rest.start + m.index);
  if (rest !== chain) return { name: nameFrom(text, rest.start, rest.end), titled: true, guessed: false };
  // "Political Affairs Wendy Sherman": the name starts at the first given name with no name before it,
  // and keeps two words at least ("Bill Nelson" is not cut to "Nelson", a given name too).
  const first = rest.words.findIndex((w, i) => i > 0 && i < rest.words.length - 1 && isFirstName(w) && rest.words.slice(0, i).every((before) => !isPersonalName(before)));
  if (first > 0) return { name: nameFrom(text, offsets[first] as number, rest.end), titled: true, guessed: false };
  if (!inTitle || rest.words.length < 2) return null;
  // In a title phrase, "Broadcasting Fawad Chaudhry" → "Fawad Chaudhry", "State Kerry" → "Kerry".
  const keep = rest.words.length >= 3 ? 2 : 1;
  const at = offsets[rest.words.length - keep] as number;
  return { name: nameFrom(text, at, rest.end), titled: true, guessed: true };
}

function toPhrase(text: string, chains: NameChain[]): NamePhrase {
  const first = chains[0] as NameChain;
  const last = chains.at(-1) as NameChain;
  const inTitle = chains.length > 1 && first.words.some(isTitleWord);
  const body = isBodyHead(last.words.at(-1) ?? '');
  const person = body ? null : personIn(text, last, inTitle);
  const whole = nameFrom(text, first.start, last.end);
  return {
    start: first.start,
    end: last.end,
    text: whole.text,
    name: person?.name ?? whole,
    titled: person?.titled ?? false,
    guessed: person?.guessed ?? false,
    possessive: last.possessive,
    chains,
  };
}

const POSSESSIVE_GAP = /^['’]s +$/;

/**
 * Whether a chain in the possessive and the next are one body's name: the
 * next ends in a body's noun and the owner is an office, a body or a place,
 * not a person ("the Travis County Sheriff’s Office", "China’s Foreign
 * Ministry", "Yale Law School’s Paul Tsai China Center", but not "Biden’s
 * Justice Department", whose body is the Justice Department).
 */
function ownsBody(owner: NameChain, next: NameChain): boolean {
  const possessor = owner.words.at(-1) ?? '';
  const office = isTitleWord(possessor) || isBodyHead(possessor) || isCommonNoun(possessor) || isPlaceWord(possessor);
  return owner.possessive && isBodyHead(next.words.at(-1) ?? '') && office;
}

/** Every name phrase in a text, in order: chains joined where "of", "for" or "and" continue one name, or "’s" a body's. */
export function findNamePhrases(text: string): NamePhrase[] {
  const groups: NameChain[][] = [];
  for (const chain of findNameChains(text)) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    const connector = previous ? CONNECTOR.exec(text.slice(previous.end, chain.start))?.[1] : undefined;
    const ownedBody = previous !== undefined && POSSESSIVE_GAP.test(text.slice(previous.end, chain.start)) && ownsBody(previous, chain);
    if (group && (ownedBody || (connector && !CALENDAR.test(chain.text) && joins(group, connector, chain)))) group.push(chain);
    else groups.push([chain]);
  }
  return groups.map((chains) => toPhrase(text, chains));
}
