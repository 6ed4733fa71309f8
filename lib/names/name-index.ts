import nlp from 'compromise';

import { splitSentences } from '@/lib/text';

import { findNameChains } from './name-chains';
import { findNamePhrases, isBodyHead } from './name-phrases';
import { isTitleWord } from './titles';
import { isFirstName } from './word-kinds';

/** What the article tells about the names in it. */
export interface NameIndex {
  /** The fullest form the article uses for a name: "Rudolf" → "Moritz Rudolf", "Xi" → "Xi Jinping". */
  fullName(name: string): string;
  /** Whether a one-word name is really a name, not just a capital at the start of a sentence. */
  isKnownName(word: string): boolean;
  /** Whether a name is a person's rather than a place's or a body's ("China", "Chinese foreign ministry", "NASA"). */
  isPerson(name: string): boolean;
  /** Whether a name is a place's: "Geneva", "China" (a country may speak, but a statement "from Geneva" says where). */
  isPlace(name: string): boolean;
  /** People named in full, in order of first mention. */
  people: readonly string[];
  /** Bodies named (a name ending in a word like "Department", a name with "of", an acronym before a title), in order of first mention. */
  organisations: readonly string[];
  /** The paragraphs (indexes) that mention a name, in full or by an unambiguous short form. */
  mentions(name: string): number[];
}

const firstWord = (name: string) => name.split(/\s+/)[0] ?? name;
const lastWord = (name: string) => name.split(/\s+/).at(-1) ?? name;
const cleanPerson = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/, '');
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Last words of places compromise may tag as bodies: "Vnukovo International Airport" says nothing. */
const PLACE_HEADS = new Set(
  'airport avenue street road square park bridge sea ocean river lake island islands mountain mountains valley bay gulf strait canal coast peninsula desert forest stadium arena port harbour harbor'.split(' '),
);

const wordIn = (text: string, word: string) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);

/** Whether a name reads as a body's: it ends in a word like "Department", holds "of", is an acronym, or compromise tags it so. */
function isBodyName(name: string): boolean {
  return isBodyHead(lastWord(name)) || ACRONYM.test(name) || /\s\p{Ll}/u.test(name) || nlp(name).has('#Organization');
}

/**
 * A name to offer as a body that may have said something: one ending in a
 * body's noun ("State Department") or a name with "of" in it ("Voice of
 * America"). An acronym alone may be a system or a treaty ("AIS", "COFA"),
 * so it is offered only when the article puts it before a title ("NASA
 * Administrator …") or quotes it.
 */
const isOrganisationName = (name: string) => isBodyHead(lastWord(name)) || /\s\p{Ll}/u.test(name);
const isPlaceName = (name: string) => PLACE_HEADS.has(lastWord(name).toLowerCase()) || nlp(name).has('(#Place|#Country)');

/**
 * Indexes every name phrase of an article. Full names (two words or more,
 * titles dropped) are the forms short references map back to; a given name
 * or compromise's person tagger confirms which of them are people.
 */
export function buildNameIndex(paragraphs: readonly { text: string }[]): NameIndex {
  const fullForms: string[] = [];
  const midSentence = new Set<string>();
  const people: string[] = [];
  const organisations: string[] = [];
  const isPerson = (name: string) => /^\p{Lu}/u.test(name) && !/\s\p{Ll}/u.test(name) && !isBodyName(name) && !nlp(name).has('(#Place|#Country)');
  paragraphs.forEach(({ text }) => {
    const sentenceStarts = new Set(splitSentences(text).map((s) => s.start));
    const tagged = (nlp(text).people().out('array') as string[]).map(cleanPerson).flatMap((p) => findNameChains(p).map((c) => c.text));
    for (const phrase of findNamePhrases(text)) {
      const name = phrase.name.text;
      if (phrase.name.words.length >= 2 && !fullForms.includes(name)) fullForms.push(name);
      const atStart = sentenceStarts.has(phrase.start) || /[\u201C"]\s*$/.test(text.slice(0, phrase.start));
      for (const word of phrase.chains.flatMap((c) => c.words).slice(atStart ? 1 : 0)) midSentence.add(word);
      if (phrase.name.words.length >= 2 && isPerson(name)) {
        const confirmed = phrase.titled || isFirstName(firstWord(name)) || tagged.some((t) => t.endsWith(name) || name.endsWith(t));
        if (confirmed && !people.includes(name)) people.push(name);
      } else if (isOrganisationName(name) && !isPlaceName(name) && !organisations.includes(name)) {
        organisations.push(name);
      }
      // The body in front of a title: "NASA" in "NASA Administrator Sean O'Keefe".
      const [first] = phrase.chains;
      const title = first ? first.words.findIndex(isTitleWord) : -1;
      const body = first && title > 0 ? first.words.slice(0, title).join(' ') : '';
      if (body && isBodyName(body) && !isPlaceName(body) && !organisations.includes(body)) organisations.push(body);
    }
  });

  /**
   * "Broadcasting Fawad Chaudhry" (from "Minister for Information and
   * Broadcasting Fawad Chaudhry") is "Fawad Chaudhry" when the article also
   * writes that on its own: a name ends a run of capitals, and what comes
   * before it is often a title the title list does not know.
   */
  const shortestSuffix = (name: string): string =>
    fullForms.filter((f) => f !== name && name.endsWith(` ${f}`)).sort((a, b) => a.length - b.length)[0] ?? name;
  const fullName = (name: string): string =>
    /\s/.test(name) ? shortestSuffix(name) : (fullForms.find((f) => lastWord(f) === name) ?? fullForms.find((f) => firstWord(f) === name) ?? name);
  const shortForms = (name: string): string[] =>
    [firstWord(name), lastWord(name)].filter((w) => w !== name && fullForms.filter((f) => firstWord(f) === w || lastWord(f) === w).length === 1 && fullName(w) === name);

  return {
    fullName,
    isKnownName: (word) => fullName(word) !== word || midSentence.has(word) || ACRONYM.test(word),
    isPerson,
    isPlace: (name) => !isBodyName(name) && nlp(name).has('(#Place|#Country|#City)'),
    people,
    organisations,
    mentions: (name) => {
      const forms = [name, ...shortForms(name)];
      return paragraphs.flatMap(({ text }, i) => (forms.some((form) => wordIn(text, form)) ? [i] : []));
    },
  };
}
