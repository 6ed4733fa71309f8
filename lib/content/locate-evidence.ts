import type { EvidenceRef } from '@/lib/answers';

import type { Article } from './article';
import { citedSentenceIds } from './cited-sentences';
import { locateQuote } from './locate-quote';
import { partBOf, type Question } from './schema';

/** A question's passages: its evidence, then any of Part B's own sentences it does not already quote. */
function passagesOf(question: Question): string[] {
  const cited = partBOf(question)?.evidence ?? [];
  return [...question.evidence, ...cited.filter((quote) => !question.evidence.includes(quote))];
}

/** Where each question's evidence stands in the article, worked out once when the set is loaded, not per request. */
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
