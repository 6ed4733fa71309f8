'use client';

import { launchLine } from '@/lib/quiz';

import { useQuiz } from './quiz-provider';

/**
 * Inside a launch from a learning platform: who the student is answering as,
 * and for which class. Where the browser will not let the platform's frame
 * save, a link opens the same launch in a window of its own, where it can.
 */
export function LaunchLine() {
  const launch = useQuiz((s) => s.launch);
  const unsaved = useQuiz((s) => s.unsaved);
  if (!launch) return null;
  return (
    <p className="mt-1 text-sm font-medium" data-testid="launch-line">
      <span>{launchLine(launch)}</span>
      {unsaved && (
        <>
          {' · '}
          <a href={window.location.href} target="_blank" rel="noopener" className="text-accent underline">
            Open in a new window
          </a>
        </>
      )}
    </p>
  );
}
