import type { Paragraph } from './article';
import { locateQuote } from './locate-quote';
import { compareSentenceIds } from '@/lib/text';
import { paragraphSentences, type Sentence } from './sentences';

/** Where a passage that students cite stands: on whole sentences, on parts of some, or nowhere. */
export type CitedPassage = { fit: 'whole' | 'partial'; sentences: Sentence[] } | { fit: 'missing' };

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Finds a quotation and the sentences it covers. It is whole when it leaves
 * out nothing of them but punctuation: "Xi left" stands for "Xi left.", and
 * a sentence may be quoted without its quotation marks.
 */
export function citedPassage(paragraphs: readonly Paragraph[], quote: string): CitedPassage {
  const found = locateQuote(paragraphs, quote);
  const paragraph = found && paragraphs.find((p) => p.number === found.paragraph);
  if (!found || !paragraph) return { fit: 'missing' };
  const sentences = paragraphSentences(paragraph).filter((s) => s.start < found.end && s.end > found.start);
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (!first || !last) return { fit: 'missing' };
  const leftOut = paragraph.text.slice(first.start, Math.max(first.start, found.start)) + paragraph.text.slice(Math.min(found.end, last.end), last.end);
  return { fit: HAS_WORD.test(leftOut) ? 'partial' : 'whole', sentences };
}

/** The ids of the whole sentences some quotations cover, in reading order; quotations that are not whole sentences add none. */
export function citedSentenceIds(paragraphs: readonly Paragraph[], quotes: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const quote of quotes) {
    const passage = citedPassage(paragraphs, quote);
    if (passage.fit === 'whole') for (const sentence of passage.sentences) ids.add(sentence.id);
  }
  return [...ids].sort(compareSentenceIds);
}
