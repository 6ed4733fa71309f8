import { distance } from 'fastest-levenshtein';

import { normaliseQuote } from '@/lib/text';
import { type Paragraph, articleSentences, type Sentence } from '@/lib/content';

export interface Passage {
  paragraph: number;
  text: string;
}

/**
 * The run of words in the article most like a quotation that is not in it,
 * so a teacher sees what the article really says. Runs of about the quote's
 * length are compared by edit distance, case and typography ignored.
 */
export function closestPassage(paragraphs: readonly Paragraph[], quote: string): Passage | null {
  const target = normaliseQuote(quote).toLowerCase();
  const size = target.split(' ').length;
  let best: Passage | null = null;
  let bestDistance = Infinity;
  for (const paragraph of paragraphs) {
    const words = paragraph.text.split(/\s+/).filter(Boolean);
    for (let length = Math.max(1, size - 2); length <= size + 2; length++) {
      for (let start = 0; start + length <= words.length; start++) {
        const text = words.slice(start, start + length).join(' ');
        const d = distance(normaliseQuote(text).toLowerCase(), target);
        if (d < bestDistance) [best, bestDistance] = [{ paragraph: paragraph.number, text }, d];
      }
    }
  }
  return best;
}

/** The sentence of the article most like a quotation, by edit distance, case and typography ignored. */
export function closestSentence(paragraphs: readonly Paragraph[], quote: string): Sentence | null {
  const target = normaliseQuote(quote).toLowerCase();
  let best: Sentence | null = null;
  let bestDistance = Infinity;
  for (const sentence of articleSentences(paragraphs)) {
    const d = distance(normaliseQuote(sentence.text).toLowerCase(), target);
    if (d < bestDistance) [best, bestDistance] = [sentence, d];
  }
  return best;
}
