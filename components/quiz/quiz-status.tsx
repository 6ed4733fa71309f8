'use client';

import { useQuiz } from './quiz-provider';

/** Errors from the server, and a note while saved answers are being read. */
export function QuizStatus() {
  const error = useQuiz((s) => s.error);
  const hydrated = useQuiz((s) => s.hydrated);
  return (
    <div aria-live="polite" data-hydrated={hydrated} data-testid="quiz-status">
      {error && (
        <p role="alert" className="mt-3 rounded-md border border-wrong bg-wrong-soft p-3 text-wrong">
          Could not score your answers: {error} Your answers are kept; try again in a moment.
        </p>
      )}
    </div>
  );
}
