import type { TextSpan } from './text-span';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Sen|Rep|Gov|Rev|Hon|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
/** "U.S.", "U.N.": a sentence may end with one, so they join the next only before a title such as "President". */
const INITIALISM = /\b(?:\p{Lu}\.){2,}$/u;
const TITLE_NEXT = /^(?:President|Vice|Prime|Secretary|Ambassador|Senator|Sen\.|Rep\.|Gov\.|Gen\.|Defense|Foreign|Treasury|Army|Navy|officials?)\b/;

function trimmed(text: string, start: number, end: number): TextSpan {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

function joinsPrevious(text: string, previous: TextSpan, next: TextSpan, keepTogether: readonly TextSpan[]): boolean {
  const before = text.slice(previous.start, previous.end);
  const after = text.slice(next.start, next.end);
  if (/^\p{Ll}/u.test(after)) return true;
  if (ABBREVIATION.test(before)) return true;
  if (INITIALISM.test(before) && TITLE_NEXT.test(after)) return true;
  return keepTogether.some((span) => span.start < previous.end && span.end > next.start);
}

/**
 * Splits a paragraph into sentences with Intl.Segmenter (Unicode sentence
 * rules), then mends its usual slips in news text: a break after "Mr." or
 * before a lowercase word ("“Why?” he asked."), and any break inside a span
 * that must stay whole, such as a quotation.
 */
export function splitSentences(text: string, keepTogether: readonly TextSpan[] = []): TextSpan[] {
  const sentences: TextSpan[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const span = trimmed(text, index, index + segment.length);
    if (span.end === span.start) continue;
    const previous = sentences[sentences.length - 1];
    if (previous && joinsPrevious(text, previous, span, keepTogether)) previous.end = span.end;
    else sentences.push(span);
  }
  return sentences;
}
