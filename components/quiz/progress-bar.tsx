'use client';

import { useProgress } from './use-progress';

/** "Answered n of N", as text and as a bar. */
export function ProgressBar() {
  const { answered, total } = useProgress();
  return (
    <div className="flex items-center gap-3 text-sm">
      <label htmlFor="quiz-progress" className="shrink-0 font-medium" data-testid="progress-label">
        Answered {answered} of {total}
      </label>
      <progress id="quiz-progress" max={total} value={answered} className="h-2 w-full min-w-0 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-accent [&::-moz-progress-bar]:bg-accent" />
    </div>
  );
}
