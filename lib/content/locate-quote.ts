import { findQuote } from '@/lib/text/find-quote';

import type { Paragraph } from './parse-article';

export interface QuoteLocation {
  /** The paragraph's number, 1-based. */
  paragraph: number;
  start: number;
  end: number;
}

/** Finds the paragraph that holds a quotation, ignoring typography and whitespace. */
export function locateQuote(paragraphs: readonly Paragraph[], quote: string): QuoteLocation | null {
  for (const paragraph of paragraphs) {
    const match = findQuote(paragraph.text, quote);
    if (match) return { paragraph: paragraph.number, ...match };
  }
  return null;
}
