import { MAX_CITED_SENTENCES, type Answer, type Citation } from '@/lib/answers';
import { compareSentenceIds } from '@/lib/text';

import type { QuizData } from './quiz-data';

/** Which answer the student is giving by selecting sentences: a cite-evidence question's, or Part B of a paired one. */
export interface CiteTarget {
  questionId: string;
  part: 'answer' | 'cite';
}

/** The last change to a selection, for screen readers. */
export interface CiteNotice {
  change: 'added' | 'removed' | 'cleared' | 'full';
  sentenceId: string;
  /** How many sentences are selected after the change. */
  count: number;
}

const NONE: Citation = [];

/** The sentences selected so far for a target. */
export function citedFor(data: Pick<QuizData, 'answers' | 'citations'>, target: CiteTarget): Citation {
  const selected: Answer | undefined = target.part === 'answer' ? data.answers[target.questionId] : data.citations[target.questionId];
  return Array.isArray(selected) ? selected : NONE;
}

/**
 * A selection with a sentence added (in reading order) or taken away; null
 * when nothing is left. A full selection (MAX_CITED_SENTENCES) takes no more.
 */
export function toggleCited(selected: Citation | undefined, sentenceId: string): Citation | null {
  const current = selected ?? NONE;
  if (!current.includes(sentenceId) && current.length >= MAX_CITED_SENTENCES) return current;
  const next = current.includes(sentenceId) ? current.filter((id) => id !== sentenceId) : [...current, sentenceId].sort(compareSentenceIds);
  return next.length > 0 ? next : null;
}
