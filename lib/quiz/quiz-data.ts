import { type QuestionResult, type Answer, type Citation } from '@/lib/answers';


export interface LastScore {
  score: number;
  maxScore: number;
  /** ISO timestamp of the submission. */
  at: string;
}

/** Everything about a student's work on a set that is saved between visits. */
export interface QuizData {
  answers: Record<string, Answer>;
  /** Part B of paired questions: the sentences selected, by question id. */
  citations: Record<string, Citation>;
  /** Questions checked or submitted, as the server scored them. */
  results: Record<string, QuestionResult>;
  submitted: boolean;
  lastScore: LastScore | null;
}

export const emptyQuizData = (): QuizData => ({ answers: {}, citations: {}, results: {}, submitted: false, lastScore: null });

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

/** Whether a question has every part answered: its answer, and Part B's sentences when it has a Part B. */
export function isQuestionAnswered(question: Answerable, answers: Readonly<Record<string, Answer>>, citations: Readonly<Record<string, Citation>>): boolean {
  return isAnswered(answers[question.id]) && (question.cite === undefined || isAnswered(citations[question.id]));
}

export function countAnswered(data: Pick<QuizData, 'answers' | 'citations'>, questions: readonly Answerable[]): number {
  return questions.filter((q) => isQuestionAnswered(q, data.answers, data.citations)).length;
}
