import type { TextSpan } from './sentence-ids';

/**
 * The app's one way of cutting text into sentences: the article's sentence
 * spans, the sentences students cite, content:check's sentence checks and the
 * drafting tools all come from here, so they always agree.
 */
let segmenter: Intl.Segmenter | undefined;

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Sen|Rep|Gov|Rev|Hon|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
/** "U.S.", "U.N.", "D.C.", "a.m.": a sentence may end with one, so they end it only before a word that usually starts one. */
const INITIALISM = /\b(?:\p{L}\.){2,}$/u;
/** A middle initial after a name, "Leon E." of "Leon E. Panetta": it ends a sentence only before a word that usually starts one. */
const MIDDLE_INITIAL = /\p{Lu}\p{Ll}+\s+\p{Lu}\.$/u;
const STARTS_A_SENTENCE =
  /^(?:[“"‘'(\[]|(?:The|A|An|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our|I|You|But|And|Or|So|Yet|In|On|At|For|With|As|If|When|While|After|Before|Since|Although|Meanwhile|However|Then|There|Here|Now|Still)\b)/;

/**
 * Intl.Segmenter takes time that grows with the square of a text's length (a
 * 1 MB paragraph: nearly a minute), so a long text is segmented in pieces of
 * about PIECE characters, each ending where a sentence surely ends: a full
 * stop, question or exclamation mark, then a space and a capital.
 */
const PIECE = 2000;
const SURE_END = /[.!?]["”’')\]]*\s+(?=["“‘'(\[]?\p{Lu})/gu;

function* segments(text: string): Generator<{ index: number; segment: string }> {
  // Made on first use, so a bundle that imports this folder for sentence ids alone does nothing with it.
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let start = 0;
  while (text.length - start > PIECE) {
    SURE_END.lastIndex = start + PIECE;
    const end = SURE_END.exec(text);
    if (!end) break;
    const stop = end.index + end[0].length;
    for (const { index, segment } of segmenter.segment(text.slice(start, stop))) yield { index: start + index, segment };
    start = stop;
  }
  for (const { index, segment } of segmenter.segment(text.slice(start))) yield { index: start + index, segment };
}

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
  if ((INITIALISM.test(before) || MIDDLE_INITIAL.test(before)) && !STARTS_A_SENTENCE.test(after)) return true;
  return keepTogether.some((span) => span.start < previous.end && span.end > next.start);
}

/**
 * Splits a paragraph into sentences with Intl.Segmenter (Unicode sentence
 * rules), then mends its usual slips in news text: a break after "Mr.",
 * "U.S." ("the U.S. Congress") or a middle initial ("Leon E. Panetta"), before a lowercase word ("“Why?” he asked."),
 * and any break inside a span that must stay whole, such as a quotation.
 * Pure and deterministic: the same text always gives the same spans.
 */
export function splitSentences(text: string, keepTogether: readonly TextSpan[] = []): TextSpan[] {
  const sentences: TextSpan[] = [];
  for (const { index, segment } of segments(text)) {
    const span = trimmed(text, index, index + segment.length);
    if (span.end === span.start) continue;
    const previous = sentences[sentences.length - 1];
    if (previous && joinsPrevious(text, previous, span, keepTogether)) previous.end = span.end;
    else sentences.push(span);
  }
  return sentences;
}
