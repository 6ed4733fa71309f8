import { findNamePhrases, isBodyHead } from './name-phrases';
import { isTitleWord } from './titles';

/**
 * Whether a speaker is written as the article names someone: a stretch of
 * the article that starts where a name or a title starts and ends where a name ends.
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

/** The lowercase words after a name (its possessive or not), where a body's noun may end it: "China’s foreign ministry". */
const LOWERCASE_AFTER = /^(?:['’]s)?((?:\s+\p{Ll}[\p{L}\-]*){1,4})/u;

/** Where a body's name ends in lowercase after a name: "China’s foreign ministry", "the Chinese foreign ministry". */
function bodyEnd(text: string, phraseEnd: number): number | null {
  const after = LOWERCASE_AFTER.exec(text.slice(phraseEnd));
  const words = after?.[1] ?? '';
  const head = [...words.matchAll(/\S+/g)].find((w) => isBodyHead(w[0]));
  return after && head ? phraseEnd + after[0].length - words.length + head.index + head[0].length : null;
}

function boundsOf(text: string): Bounds {
  const starts = new Set<number>();
  const ends = new Set<number>();
  const names: Bounds['names'] = [];
  for (const phrase of findNamePhrases(text)) {
    starts.add(phrase.start).add(phrase.name.start);
    ends.add(phrase.end).add(phrase.name.end);
    // A title and the name after it is a name too ("President Volodymyr Zelenskyy"), and so is a body before a title
    // ("NASA" in "NASA Administrator Sean O'Keefe"), but not the words between a title and a name.
    for (const chain of phrase.chains) {
      let previousEnd: number | null = null;
      for (const word of chain.text.matchAll(/\S+/g)) {
        const title = isTitleWord(word[0]);
        if (title) starts.add(chain.start + word.index);
        if (title && previousEnd !== null && chain === phrase.chains[0]) ends.add(previousEnd);
        previousEnd = title ? null : chain.start + word.index + word[0].length;
      }
    }
    names.push({ start: phrase.start, end: phrase.end, name: phrase.name.text });
    const body = bodyEnd(text, phrase.end);
    if (body === null) continue;
    ends.add(body);
    names.push({ start: phrase.start, end: body, name: text.slice(phrase.start, body) });
  }
  return { starts, ends, names };
}

/** Same length as the text, so offsets carry over: lowercase, curly apostrophes and quotes straight. */
const comparable = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
const withoutThe = (text: string) => text.trim().replace(/^the\s+/i, '').replace(/\s+/g, ' ');

/** A paragraph's names, read once per paragraph and only for a paragraph a speaker's words stand in: reading names is the costly part. */
const cache = new WeakMap<{ text: string }, Bounds>();
function boundsOfParagraph(paragraph: { text: string }): Bounds {
  const known = cache.get(paragraph);
  if (known) return known;
  const computed = boundsOf(paragraph.text);
  cache.set(paragraph, computed);
  return computed;
}

export interface SpeakerNameCheck {
  /** The speaker is a name the article uses for a person or body. */
  named: boolean;
  /** The speaker's words stand in the article, as a name or not. */
  inArticle: boolean;
  /** When it is not, the name of the phrase it was cut from: "Wendy Sherman". */
  suggestion?: string;
}

/**
 * Checks a speaker against the names in an article, case, typography and a
 * leading "the" ignored.
 */
export function checkSpeakerName(speaker: string, paragraphs: readonly { text: string }[]): SpeakerNameCheck {
  const wanted = comparable(withoutThe(speaker));
  if (wanted === '') return { named: false, inArticle: false };
  let suggestion: string | undefined;
  let inArticle = false;
  for (const paragraph of paragraphs) {
    const haystack = comparable(paragraph.text).replace(/\s/g, ' ');
    if (!haystack.includes(wanted)) continue;
    const { starts, ends, names } = boundsOfParagraph(paragraph);
    for (let at = haystack.indexOf(wanted); at >= 0; at = haystack.indexOf(wanted, at + 1)) {
      const end = at + wanted.length;
      if (starts.has(at) && ends.has(end)) return { named: true, inArticle: true };
      inArticle = true;
      suggestion ??= (names.find((n) => n.start <= at && n.end >= end) ?? names.find((n) => n.start < end && n.end > at && n.end > end))?.name;
    }
  }
  return suggestion ? { named: false, inArticle, suggestion } : { named: false, inArticle };
}
