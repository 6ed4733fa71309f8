import type { TextSpan } from '@/lib/text';

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

const PRONOUNS = new Set(['I', 'We', 'You', 'He', 'She', 'It', 'They']);

interface Token extends TextSpan {
  word: string;
  /** The token ended with a full stop that is not part of an acronym: a chain stops after it. */
  stops: boolean;
}

/** Abbreviated titles whose full stop does not end a sentence: "Dr. Jane Doe", "Sen. John Roe". */
const HONORIFICS = new Set('Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Sgt Capt Maj Adm Cmdr Brig Cpl Pvt Rev Hon St'.split(' '));

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    let word = m[0];
    let stops = false;
    if (word.endsWith('.') && !ACRONYM.test(word) && !HONORIFICS.has(word.slice(0, -1))) {
      word = word.replace(/\.+$/, '');
      stops = true;
    }
    const start = m.index;
    return { word, start, end: start + word.length, stops };
  });
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/** "Under" opens a title ("Under Secretary") though it is dropped as a function word elsewhere. */
const keepsFirst = (run: Token[]) => run[0]?.word === 'Under' && run[1] !== undefined && capitalised(run[1].word);

/** An acronym in capitals is a name even when it spells a function word: "US Secretary of State", "IT". */
const notAName = (word: string) => NOT_NAMES.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word);

function toChain(text: string, run: Token[]): NameChain | null {
  while (run[0] && notAName(run[0].word) && !keepsFirst(run)) run = run.slice(1);
  // "MS We did not …" (an interview's initials, then a capital that starts the answer): a pronoun ends no name.
  while (run.at(-1) && (PARTICLES.has(run.at(-1)?.word ?? '') || (run.length > 1 && PRONOUNS.has(run.at(-1)?.word ?? '')))) run = run.slice(0, -1);
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
