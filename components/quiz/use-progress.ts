'use client';

import { countAnswered } from '@/lib/quiz';

import { useQuiz } from './quiz-provider';

/** How many questions have an answer, and how many there are. */
export function useProgress(): { answered: number; total: number } {
  const answered = useQuiz((s) => countAnswered(s, s.set.questions));
  const total = useQuiz((s) => s.set.questions.length);
  return { answered, total };
}
