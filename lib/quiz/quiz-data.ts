import type { QuestionResult } from '@/lib/scoring/score-types';

import type { Answer } from './answer-schema';

export interface LastScore {
  score: number;
  maxScore: number;
  /** ISO timestamp of the submission. */
  at: string;
}

/** Everything about a student's work on a set that is saved between visits. */
export interface QuizData {
  answers: Record<string, Answer>;
  /** Questions checked or submitted, as the server scored them. */
  results: Record<string, QuestionResult>;
  submitted: boolean;
  lastScore: LastScore | null;
}

export const emptyQuizData = (): QuizData => ({ answers: {}, results: {}, submitted: false, lastScore: null });

/** Whether the student has given any answer: a choice, some text, an ordering, a match. */
export function isAnswered(answer: Answer | null | undefined): boolean {
  if (answer === null || answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim().length > 0;
  if (Array.isArray(answer)) return answer.length > 0;
  return Object.keys(answer).length > 0;
}

export function countAnswered(answers: Record<string, Answer>, questionIds: readonly string[]): number {
  return questionIds.filter((id) => isAnswered(answers[id])).length;
}
