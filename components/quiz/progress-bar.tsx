'use client';

import { useDeferredValue } from 'react';

import { countAnswered } from '@/lib/quiz';

import { useQuiz } from './quiz-provider';

/** How many questions have an answer, and how many there are. */
export function useProgress(): { answered: number; total: number } {
  const answered = useQuiz((s) => countAnswered(s, s.set.questions));
  const total = useQuiz((s) => s.set.questions.length);
  return { answered, total };
}

/**
 * "Answered n of N", as text and as a bar. The count follows an answer in a
 * render of its own, after the answer has painted, because changing it lays
 * out the sticky header above every question.
 */
export function ProgressBar() {
  const { answered: now, total } = useProgress();
  const answered = useDeferredValue(now);
  return (
    <div className="flex items-center gap-3 text-sm">
      <label htmlFor="quiz-progress" className="shrink-0 font-medium" data-testid="progress-label">
        Answered {answered} of {total}
      </label>
      <progress id="quiz-progress" max={total} value={answered} className="h-2 w-full min-w-0 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-accent [&::-moz-progress-bar]:bg-accent" />
    </div>
  );
}
