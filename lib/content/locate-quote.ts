import { findInFolded, foldForSearch, normaliseQuote, type FoldedText } from '@/lib/text';

import type { Paragraph } from './article';

export interface QuoteLocation {
  /** The paragraph's number, 1-based. */
  paragraph: number;
  start: number;
  end: number;
}

/** Each paragraph is folded once, however many quotations are looked for in it. */
const folded = new WeakMap<Paragraph, FoldedText>();

function foldedParagraph(paragraph: Paragraph): FoldedText {
  let text = folded.get(paragraph);
  if (!text) folded.set(paragraph, (text = foldForSearch(paragraph.text)));
  return text;
}

/**
 * Each quotation is looked for once per article: checking a set, then
 * loading it, asks for the same evidence more than once.
 */
const found = new WeakMap<readonly Paragraph[], Map<string, QuoteLocation | null>>();

function search(paragraphs: readonly Paragraph[], quote: string): QuoteLocation | null {
  const needle = normaliseQuote(quote);
  for (const paragraph of paragraphs) {
    const match = findInFolded(foldedParagraph(paragraph), needle);
    if (match) return { paragraph: paragraph.number, ...match };
  }
  return null;
}

/** Finds the paragraph that holds a quotation, ignoring typography and whitespace. */
export function locateQuote(paragraphs: readonly Paragraph[], quote: string): QuoteLocation | null {
  let known = found.get(paragraphs);
  if (!known) found.set(paragraphs, (known = new Map()));
  if (!known.has(quote)) known.set(quote, search(paragraphs, quote));
  const location = known.get(quote) ?? null;
  return location && { ...location };
}
