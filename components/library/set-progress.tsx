'use client';

import { useSyncExternalStore } from 'react';

import { readSavedProgress, type SavedSet } from '@/lib/quiz';

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

const NOT_STARTED = 'Not started';

/** The progress saved in this browser, in words; storage that cannot be read means not started. */
function progressText(set: SavedSet): string {
  let progress: ReturnType<typeof readSavedProgress>;
  try {
    progress = readSavedProgress(window.localStorage, set);
  } catch {
    return NOT_STARTED;
  }
  if (progress?.lastScore) return `Last score: ${progress.lastScore.score} of ${progress.lastScore.maxScore}`;
  if (progress && progress.answered > 0) return `Answered ${progress.answered} of ${set.questions.length}`;
  return NOT_STARTED;
}

/** The student's own progress on a set, read from this browser's storage. */
export function SetProgress({ set }: { set: SavedSet }) {
  const text = useSyncExternalStore(subscribe, () => progressText(set), () => NOT_STARTED);
  return (
    <p className="text-sm font-medium" data-testid="set-progress">
      <span className="sr-only">Your progress: </span>
      {text}
    </p>
  );
}
