'use client';

import { useDeferredValue } from 'react';

import { useProgress } from './use-progress';

/**
 * "Answered n of N", as text and as a bar. The count follows an answer in a
 * render of its own, after the answer has painted: changing it lays out the
 * header, which on a slow phone cost the answer about a third of its time to
 * paint.
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
