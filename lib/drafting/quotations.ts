import { splitSentences, type TextSpan } from '@/lib/text';

/**
 * The quotations of an article: where each one is, its text masked out so
 * the drafter reads only the writer's own words, and the sentences around
 * them, never broken inside one.
 */

/** One paragraph's share of a quotation. `start`/`end` frame the quoted words, marks and edge spaces excluded. */
export interface QuotePart extends TextSpan {
  /** The paragraph's index in `article.paragraphs`. */
  paragraph: number;
  /** Offset of the opening quotation mark. */
  open: number;
  /** Offset of the closing mark, or null when the quotation runs on to the end of the paragraph. */
  close: number | null;
}

/** A quotation: one part, or one per paragraph when it runs over several (news style). */
export interface Quotation {
  parts: QuotePart[];
}

const OPENERS = new Set(['\u201C', '\u201E', '\u00AB']); // “ „ «
const CLOSERS = new Set(['\u201D', '\u00BB']); // ” »
const STRAIGHT = '"';
const SPACE = /\s/;
/** What may stand just before a straight quote that opens: nothing, a space, a bracket or a dash. */
const BEFORE_OPENING = /[\s([{\u2013\u2014-]/;

function makePart(text: string, paragraph: number, open: number, close: number | null): QuotePart | null {
  let start = open + 1;
  let end = close ?? text.length;
  while (start < end && SPACE.test(text[start] as string)) start++;
  while (end > start && SPACE.test(text[end - 1] as string)) end--;
  return end > start ? { paragraph, open, close, start, end } : null;
}

/**
 * Finds quoted passages in one paragraph. Curly marks say which way they
 * face; a straight mark opens after a space and closes after a letter or
 * punctuation. A second opening mark before a close starts afresh.
 */
function scanParagraph(text: string, paragraph: number): QuotePart[] {
  const parts: QuotePart[] = [];
  let open: number | null = null;
  const closeAt = (i: number) => {
    const part = makePart(text, paragraph, open as number, i);
    if (part) parts.push(part);
    open = null;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (OPENERS.has(ch)) {
      open = i;
    } else if (CLOSERS.has(ch)) {
      if (open !== null) closeAt(i);
    } else if (ch === STRAIGHT) {
      const before = text[i - 1];
      const after = text[i + 1];
      const canOpen = after !== undefined && !SPACE.test(after) && (before === undefined || BEFORE_OPENING.test(before));
      const canClose = before !== undefined && !SPACE.test(before);
      if (open !== null && canClose) closeAt(i);
      else if (canOpen) open = i;
    }
  }
  const last = open === null ? null : makePart(text, paragraph, open, null);
  return last ? [...parts, last] : parts;
}

/**
 * Every quotation in an article, in reading order. A quotation left open at
 * the end of a paragraph continues into the next paragraph when that one
 * opens with a quotation mark: news style leaves the earlier one unclosed.
 */
export function findQuotations(paragraphs: readonly { text: string }[]): Quotation[] {
  const quotations: Quotation[] = [];
  let running: Quotation | null = null;
  paragraphs.forEach(({ text }, index) => {
    const parts = scanParagraph(text, index);
    const runsOn = parts.at(-1)?.close === null;
    const [first] = parts;
    if (running && first && text.slice(0, first.open).trim() === '') {
      running.parts.push(first);
      parts.shift();
      if (parts.length === 0 && runsOn) return;
    }
    running = null;
    for (const part of parts) quotations.push({ parts: [part] });
    if (runsOn && parts.length > 0) running = quotations.at(-1) ?? null;
  });
  return quotations;
}

/** The character that stands in for quoted text, so patterns only see the writer's own words. */
export const MASK = '\uE000';

/** The end (exclusive) of a quotation part with its marks: after the closing mark, or the paragraph's end. */
export function partEnd(part: QuotePart, text: string): number {
  return part.close === null ? text.length : part.close + 1;
}

/**
 * A paragraph's text with every quotation, marks included, replaced by MASK
 * characters of the same length: offsets stay the same, and a speech verb
 * or a name inside a quotation is never mistaken for the narrative's.
 */
export function maskQuotations(text: string, parts: readonly QuotePart[]): string {
  let out = text;
  for (const part of parts) {
    const end = partEnd(part, text);
    out = out.slice(0, part.open) + MASK.repeat(end - part.open) + out.slice(end);
  }
  return out;
}

/** Every paragraph's quotations (by index), marks included, as spans. */
export function quotationSpans(paragraphs: readonly { text: string }[], quotations: readonly Quotation[]): TextSpan[][] {
  const parts = quotations.flatMap((q) => q.parts);
  return paragraphs.map(({ text }, paragraph) => parts.filter((p) => p.paragraph === paragraph).map((p) => ({ start: p.open, end: partEnd(p, text) })));
}

/** The sentences of every paragraph (by index), never breaking inside a quotation. */
export function articleSentences(paragraphs: readonly { text: string }[], quotations: readonly Quotation[]): TextSpan[][] {
  const quotes = quotationSpans(paragraphs, quotations);
  return paragraphs.map(({ text }, paragraph) => splitSentences(text, quotes[paragraph]));
}

/**
 * Turns double quotation marks into single ones, for text that will itself
 * stand inside double quotation marks: “a “no-limits” deal” reads badly. A
 * straight mark opens after a space, a bracket or a dash, and closes elsewhere.
 */
export function toSingleQuotes(text: string): string {
  return text.replace(/[\u201C\u201D"]/g, (mark, offset: number) => {
    if (mark === '\u201C') return '\u2018';
    if (mark === '\u201D') return '\u2019';
    const before = text[offset - 1];
    return before === undefined || /[\s([\u2014]/.test(before) ? '\u2018' : '\u2019';
  });
}
