import nlp from 'compromise';

import { splitSentences } from '@/lib/text';

import { findNameChains, withoutTitles } from './name-chains';

/** What the article tells about the names in it. */
export interface NameIndex {
  /** The fullest form the article uses for a name: "Rudolf" → "Moritz Rudolf", "Xi" → "Xi Jinping". */
  fullName(name: string): string;
  /** Whether a one-word name is really a name, not just a capital at the start of a sentence. */
  isKnownName(word: string): boolean;
  /** Whether a name is a person's rather than a place's or a body's ("China", "Chinese foreign ministry"). */
  isPerson(name: string): boolean;
  /** People named in full whom compromise also reads as people, in order of first mention. */
  people: readonly string[];
  /** The paragraphs (indexes) that mention a name, in full or by an unambiguous short form. */
  mentions(name: string): number[];
}

const firstWord = (name: string) => name.split(/\s+/)[0] ?? name;
const lastWord = (name: string) => name.split(/\s+/).at(-1) ?? name;
const cleanPerson = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/, '');

function wordIn(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
}

/**
 * Indexes every run of capitalised words in an article. Full names (two
 * words or more, titles dropped) are the forms short references map back to;
 * compromise's person tagger confirms which of them are people.
 */
export function buildNameIndex(paragraphs: readonly { text: string }[]): NameIndex {
  const fullForms: string[] = [];
  const midSentence = new Set<string>();
  const people: string[] = [];
  paragraphs.forEach(({ text }) => {
    const sentenceStarts = new Set(splitSentences(text).map((s) => s.start));
    const names: string[] = [];
    for (const chain of findNameChains(text)) {
      const named = withoutTitles(chain);
      if (!named) continue;
      if (named.words.length >= 2) {
        names.push(named.text);
        if (!fullForms.includes(named.text)) fullForms.push(named.text);
      }
      const atStart = sentenceStarts.has(chain.start) || /[\u201C"]\s*$/.test(text.slice(0, chain.start));
      chain.words.forEach((word, i) => {
        if (i > 0 || !atStart) midSentence.add(word);
      });
    }
    const tagged = (nlp(text).people().out('array') as string[]).map(cleanPerson);
    for (const person of tagged) {
      const chain = findNameChains(person).at(-1);
      const name = chain ? withoutTitles(chain)?.text : undefined;
      if (name && names.includes(name) && !people.includes(name)) people.push(name);
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
  const fullName = (name: string): string => {
    if (/\s/.test(name)) return shortestSuffix(name);
    return fullForms.find((f) => lastWord(f) === name) ?? fullForms.find((f) => firstWord(f) === name) ?? name;
  };
  const shortForms = (name: string): string[] =>
    [firstWord(name), lastWord(name)].filter((w) => w !== name && fullForms.filter((f) => firstWord(f) === w || lastWord(f) === w).length === 1 && fullName(w) === name);

  return {
    fullName,
    isKnownName: (word) => fullName(word) !== word || midSentence.has(word),
    isPerson: (name) => /^\p{Lu}/u.test(name) && !/\s\p{Ll}/u.test(name) && !nlp(name).has('(#Place|#Organization|#Country)'),
    people,
    mentions: (name) => {
      const forms = [name, ...shortForms(name)];
      return paragraphs.flatMap(({ text }, i) => (forms.some((form) => wordIn(text, form)) ? [i] : []));
    },
  };
}
