/**
 * Finding what questions quote in their article: the paragraph that holds a
 * quotation, the sentences it covers, and, for a whole set, where each
 * question's evidence stands and which sentences a citing question is keyed to.
 */
import { compareSentenceIds, findInFolded, foldForSearch, normaliseQuote, type FoldedText, type QuoteMatch } from '@/lib/text';
import type { EvidenceRef } from '@/lib/answers';

import { paragraphSentences, type Article, type Paragraph, type Sentence } from './article';
import { partBOf, type Question } from './question-schema';

/** Where a quotation stands: its paragraph's number (1-based) and its offsets in that paragraph's text. */
export type QuoteLocation = QuoteMatch & { paragraph: number };

/**
 * Each paragraph is folded for searching once, however many quotations are
 * looked for in it: checking a set looks for every question's passages in
 * the same paragraphs, and folding them is most of what a lookup costs.
 */
const folded = new WeakMap<Paragraph, FoldedText>();

function foldedParagraph(paragraph: Paragraph): FoldedText {
  let text = folded.get(paragraph);
  if (!text) folded.set(paragraph, (text = foldForSearch(paragraph.text)));
  return text;
}

/** Finds the paragraph that holds a quotation, ignoring typography and whitespace. */
export function locateQuote(paragraphs: readonly Paragraph[], quote: string): QuoteLocation | null {
  const needle = normaliseQuote(quote);
  for (const paragraph of paragraphs) {
    const match = findInFolded(foldedParagraph(paragraph), needle);
    if (match) return { paragraph: paragraph.number, ...match };
  }
  return null;
}

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
  const ids = quotes.flatMap((quote) => {
    const passage = citedPassage(paragraphs, quote);
    return passage.fit === 'whole' ? passage.sentences.map((sentence) => sentence.id) : [];
  });
  return [...new Set(ids)].sort(compareSentenceIds);
}

/** A question's passages: its evidence, then any of Part B's own sentences it does not already quote. */
function passagesOf(question: Question): string[] {
  const cited = partBOf(question)?.evidence ?? [];
  return [...question.evidence, ...cited.filter((quote) => !question.evidence.includes(quote))];
}

/** Where each question's evidence stands in the article. */
export function locateEvidence(questions: readonly Question[], article: Article): Record<string, EvidenceRef[]> {
  return Object.fromEntries(
    questions.map((q) => [q.id, passagesOf(q).map((quote) => ({ quote, paragraph: locateQuote(article.paragraphs, quote)?.paragraph ?? null }))]),
  );
}

/** The sentences a question answered by citing is keyed to: a cite-evidence question's evidence, or Part B's. */
function citedQuotes(question: Question): readonly string[] | null {
  if (question.kind === 'cite-evidence') return question.evidence;
  const partB = partBOf(question);
  return partB ? (partB.evidence ?? question.evidence) : null;
}

/** The right sentences, by id, of every question answered by citing; content:check has made sure they are whole sentences. */
export function locateCitedKeys(questions: readonly Question[], article: Article): Record<string, string[]> {
  return Object.fromEntries(
    questions.flatMap((q) => {
      const quotes = citedQuotes(q);
      return quotes ? [[q.id, citedSentenceIds(article.paragraphs, quotes)]] : [];
    }),
  );
}
