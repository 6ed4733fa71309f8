import type { EvidenceRef } from '@/lib/scoring/score-types';

import type { Article } from './article';
import { locateQuote } from './locate-quote';
import type { Question } from './schema';

/** Where each question's evidence stands in the article, worked out once when the set is loaded, not per request. */
export function locateEvidence(questions: readonly Question[], article: Article): Record<string, EvidenceRef[]> {
  return Object.fromEntries(
    questions.map((q) => [q.id, q.evidence.map((quote) => ({ quote, paragraph: locateQuote(article.paragraphs, quote)?.paragraph ?? null }))]),
  );
}
