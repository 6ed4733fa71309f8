import nlp from 'compromise';

import { splitSentences, type TextSpan } from '@/lib/text';

/** A run of capitalised words, such as "Moritz Rudolf" or "German Marshall Fund". */
export interface NameChain extends TextSpan {
  text: string;
  words: string[];
  /** Whether the chain ends in "’s" (left out of `text`). */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu;
const ACRONYM = /^(?:\p{Lu}\.)+$/u;
const POSSESSIVE = /['’]s$/;
/** Lowercase words allowed inside a name between capitalised words: "Ursula von der Leyen". */
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'dos', 'das']);

/**
 * Capitalised words that start sentences or clauses but are not names; a
 * chain never begins with one ("But China" is "China").
 */
const NOT_NAMES = new Set(
  `a an the and but or nor so yet for if as at by in on of to up from into onto with without while when where which who whom whose what why how
  this that these those there here it its he she they we i you his her their our my your him them us me
  meanwhile however moreover still also even then now today yesterday tomorrow last next earlier later after before since until
  although though because despite during over under instead such both all each every no not more most many some any
  according depending beleaguered reiterating asked speaking`.split(/\s+/),
);

/**
 * Titles and roles written before a name: a chain keeps only what follows
 * the last of them ("Ukrainian President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy").
 */
const TITLES = new Set(
  `President Vice Prime Minister Premier Chancellor Secretary Secretary-General General Foreign Defense Defence Deputy Chief Chairman
  Chairwoman Chair Leader King Queen Prince Princess Emperor Pope Sheikh Mr Mrs Ms Miss Dr Prof Professor Sen Senator Rep
  Representative Gov Governor Mayor Judge Justice Ambassador Spokesperson Spokesman Spokeswoman Commander Colonel Col Lt
  Lieutenant Captain Capt Sgt Sergeant Maj Admiral Adm Sir Dame Lord Lady Rev Reverend Bishop Cardinal Director Officer`.split(/\s+/),
);

interface Token extends TextSpan {
  word: string;
  /** The token ended with a full stop that is not part of an acronym: a chain stops after it. */
  stops: boolean;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    let word = m[0];
    let stops = false;
    if (word.endsWith('.') && !ACRONYM.test(word)) {
      word = word.replace(/\.+$/, '');
      stops = true;
    }
    const start = m.index;
    return { word, start, end: start + word.length, stops };
  });
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

function toChain(text: string, run: Token[]): NameChain | null {
  while (run[0] && NOT_NAMES.has(run[0].word.toLowerCase())) run = run.slice(1);
  while (run.at(-1) && PARTICLES.has(run.at(-1)?.word ?? '')) run = run.slice(0, -1);
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return null;
  const possessive = POSSESSIVE.test(last.word);
  const end = possessive ? last.end - 2 : last.end;
  const chainText = text.slice(first.start, end);
  return { start: first.start, end, text: chainText, words: chainText.split(/\s+/), possessive };
}

/** Every run of capitalised words in a text, joined by single spaces or name particles. */
export function findNameChains(text: string): NameChain[] {
  const chains: NameChain[] = [];
  let run: Token[] = [];
  const flush = () => {
    const chain = toChain(text, run);
    if (chain) chains.push(chain);
    run = [];
  };
  for (const token of tokens(text)) {
    const previous = run[run.length - 1];
    const joined = previous !== undefined && !previous.stops && !POSSESSIVE.test(previous.word) && /^ +$/.test(text.slice(previous.end, token.start));
    if (!joined) flush();
    if (capitalised(token.word) || (run.length > 0 && PARTICLES.has(token.word))) run.push(token);
    else flush();
  }
  flush();
  return chains;
}

/**
 * A chain without the titles in front of its name, or null when nothing but
 * titles is left. Offsets stay those of the text, so the name is verbatim.
 */
export function withoutTitles(chain: NameChain): NameChain | null {
  const cut = chain.words.map((word) => TITLES.has(word.replace(/\.$/, ''))).lastIndexOf(true);
  if (cut < 0) return chain;
  const kept = chain.words.slice(cut + 1);
  const at = [...chain.text.matchAll(/\S+/g)][cut + 1]?.index;
  if (kept.length === 0 || at === undefined) return null;
  return { ...chain, start: chain.start + at, text: chain.text.slice(at), words: kept };
}

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

const wordIn = (text: string, word: string) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);

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
      for (const word of chain.words.slice(atStart ? 1 : 0)) midSentence.add(word);
    }
    for (const person of (nlp(text).people().out('array') as string[]).map(cleanPerson)) {
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
  const fullName = (name: string): string =>
    /\s/.test(name) ? shortestSuffix(name) : (fullForms.find((f) => lastWord(f) === name) ?? fullForms.find((f) => firstWord(f) === name) ?? name);
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
