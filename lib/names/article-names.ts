import { findNamePhrases, isBodyHead } from './name-phrases';

/**
 * Whether a speaker is written as the article names someone: a stretch of
 * the article that starts where a name starts and ends where one ends.
 * "Wendy Sherman", "Sherman", "Under Secretary of State for Political Affairs
 * Wendy Sherman" and "China’s foreign ministry" pass; "Political Affairs
 * Wendy Sherman" does not, because it starts inside the title.
 */

interface Bounds {
  starts: Set<number>;
  ends: Set<number>;
  /** Each phrase's span and the name a speaker should be called by. */
  names: { start: number; end: number; name: string }[];
}

/** A capitalised word, its possessive or not, then up to three lowercase words and a body's noun: "China’s foreign ministry". */
const BODY = /\p{Lu}[\p{L}.\-]*(?:['’]s)?(?:\s+\p{Ll}[\p{L}\-]*){0,3}\s+(\p{Ll}+)\b/gu;

function boundsOf(text: string): Bounds {
  const starts = new Set<number>();
  const ends = new Set<number>();
  const names: Bounds['names'] = [];
  for (const phrase of findNamePhrases(text)) {
    starts.add(phrase.start).add(phrase.name.start);
    ends.add(phrase.end).add(phrase.name.end);
    names.push({ start: phrase.start, end: phrase.end, name: phrase.name.text });
  }
  for (const match of text.matchAll(BODY)) {
    if (!isBodyHead(match[1] as string) || !starts.has(match.index)) continue;
    ends.add(match.index + match[0].length);
    names.push({ start: match.index, end: match.index + match[0].length, name: match[0] });
  }
  return { starts, ends, names };
}

/** Same length as the text, so offsets carry over: lowercase, curly apostrophes and quotes straight. */
const comparable = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
const withoutThe = (text: string) => text.trim().replace(/^the\s+/i, '').replace(/\s+/g, ' ');

const cache = new WeakMap<readonly { text: string }[], Bounds[]>();
function boundsOfArticle(paragraphs: readonly { text: string }[]): Bounds[] {
  const known = cache.get(paragraphs);
  if (known) return known;
  const computed = paragraphs.map(({ text }) => boundsOf(text));
  cache.set(paragraphs, computed);
  return computed;
}

export interface SpeakerNameCheck {
  /** The speaker is a name the article uses for a person or body. */
  named: boolean;
  /** When it is not, the name of the phrase it was cut from: "Wendy Sherman". */
  suggestion?: string;
}

/**
 * Checks a speaker against the names in an article. A speaker the article
 * does not contain at all is `named: false` with no suggestion.
 */
export function checkSpeakerName(speaker: string, paragraphs: readonly { text: string }[]): SpeakerNameCheck {
  const wanted = comparable(withoutThe(speaker));
  if (wanted === '') return { named: false };
  const bounds = boundsOfArticle(paragraphs);
  let suggestion: string | undefined;
  for (const [i, { text }] of paragraphs.entries()) {
    const { starts, ends, names } = bounds[i] as Bounds;
    const haystack = comparable(text).replace(/\s/g, ' ');
    for (let at = haystack.indexOf(wanted); at >= 0; at = haystack.indexOf(wanted, at + 1)) {
      const end = at + wanted.length;
      if (starts.has(at) && ends.has(end)) return { named: true };
      suggestion ??= names.find((n) => n.start <= at && n.end >= end)?.name;
    }
  }
  return suggestion ? { named: false, suggestion } : { named: false };
}
