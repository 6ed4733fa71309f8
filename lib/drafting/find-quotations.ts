import type { ParagraphSpan } from './text-span';

/** One paragraph's share of a quotation. `start`/`end` frame the quoted words, marks and edge spaces excluded. */
export interface QuotePart extends ParagraphSpan {
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

interface ScannedParagraph {
  parts: QuotePart[];
  /** Whether the last part is left open at the end of the paragraph. */
  runsOn: boolean;
}

/**
 * Finds quoted passages in one paragraph. Curly marks say which way they
 * face; a straight mark opens after a space and closes after a letter or
 * punctuation. A second opening mark before a close starts afresh.
 */
function scanParagraph(text: string, paragraph: number): ScannedParagraph {
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
  if (open !== null) {
    const part = makePart(text, paragraph, open, null);
    if (part) return { parts: [...parts, part], runsOn: true };
  }
  return { parts, runsOn: false };
}

/** Whether a paragraph's first quotation opens the paragraph, as a continued quotation does. */
function opensParagraph(text: string, part: QuotePart | undefined): boolean {
  return part !== undefined && text.slice(0, part.open).trim() === '';
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
    const { parts, runsOn } = scanParagraph(text, index);
    let rest = parts;
    if (running && opensParagraph(text, parts[0])) {
      running.parts.push(parts[0] as QuotePart);
      rest = parts.slice(1);
      if (rest.length === 0 && runsOn) return;
    }
    running = null;
    for (const part of rest) quotations.push({ parts: [part] });
    if (runsOn && rest.length > 0) running = quotations[quotations.length - 1] as Quotation;
  });
  return quotations;
}
