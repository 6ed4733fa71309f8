/**
 * What answering a question means, apart from any store: when a question
 * counts as answered, and the edits a multiple-select list and a selection
 * of sentences make to an answer.
 */
import { MAX_CITED_SENTENCES, type Answer, type Citation } from '@/lib/answers';
import { compareSentenceIds } from '@/lib/text';

/** Whether the student has given any answer: a choice, some text, an ordering, a match. */
export function isAnswered(answer: Answer | null | undefined): boolean {
  if (answer === null || answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim().length > 0;
  if (Array.isArray(answer)) return answer.length > 0;
  return Object.keys(answer).length > 0;
}

/** A question as far as answering it goes: its id, and whether it has a Part B. */
export interface Answerable {
  id: string;
  cite?: unknown;
}

/** What a student has answered: Part A (or the only part) and Part B's sentences, by question id. */
export interface Answered {
  answers: Readonly<Record<string, Answer>>;
  citations: Readonly<Record<string, Citation>>;
}

/** How many questions have every part answered: the answer, and Part B's sentences when the question has a Part B. */
export function countAnswered({ answers, citations }: Answered, questions: readonly Answerable[]): number {
  return questions.filter((q) => isAnswered(answers[q.id]) && (q.cite === undefined || isAnswered(citations[q.id]))).length;
}

/**
 * A multiple-select answer after one option is ticked or unticked: the
 * options chosen, in the question's order, or null when none is left.
 */
export function toggleOption(options: readonly string[], chosen: readonly string[], option: string): string[] | null {
  const next = chosen.includes(option) ? chosen.filter((o) => o !== option) : options.filter((o) => o === option || chosen.includes(o));
  return next.length > 0 ? next : null;
}

/** Which answer the student is giving by selecting sentences: a cite-evidence question's, or Part B of a paired one. */
export interface CiteTarget {
  questionId: string;
  part: 'answer' | 'cite';
}

const NONE: Citation = [];

/** The sentences selected so far for a target. */
export function citedFor({ answers, citations }: Answered, target: CiteTarget): Citation {
  const selected = target.part === 'answer' ? answers[target.questionId] : citations[target.questionId];
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
