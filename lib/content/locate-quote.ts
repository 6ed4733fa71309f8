import { findInFolded, foldForSearch, type FoldedText } from '@/lib/text/find-quote';

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

/** Finds the paragraph that holds a quotation, ignoring typography and whitespace. */
export function locateQuote(paragraphs: readonly Paragraph[], quote: string): QuoteLocation | null {
  for (const paragraph of paragraphs) {
    const match = findInFolded(foldedParagraph(paragraph), quote);
    if (match) return { paragraph: paragraph.number, ...match };
  }
  return null;
}
