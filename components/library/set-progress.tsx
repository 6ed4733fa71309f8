'use client';

import { useSyncExternalStore } from 'react';

import { readSavedProgress, type SavedProgress } from '@/lib/quiz';

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

interface SetProgressProps {
  setId: string;
  hashes: Record<string, string>;
  /** The questions with a Part B: answered only when both parts are. */
  paired: readonly string[];
  total: number;
}

/** The student's own progress on a set, read from this browser's storage. */
export function SetProgress({ setId, hashes, paired, total }: SetProgressProps) {
  const snapshot = useSyncExternalStore(
    subscribe,
    () => {
      try {
        const questions = Object.keys(hashes).map((id) => (paired.includes(id) ? { id, cite: true } : { id }));
        return JSON.stringify(readSavedProgress(window.localStorage, setId, hashes, questions));
      } catch {
        return 'null';
      }
    },
    () => 'null',
  );
  const progress = JSON.parse(snapshot) as SavedProgress | null;
  let text = 'Not started';
  if (progress?.lastScore) text = `Last score: ${progress.lastScore.score} of ${progress.lastScore.maxScore}`;
  else if (progress && progress.answered > 0) text = `Answered ${progress.answered} of ${total}`;
  return (
    <p className="text-sm font-medium" data-testid="set-progress">
      <span className="sr-only">Your progress: </span>
      {text}
    </p>
  );
}
