'use client';

import { noticeText } from '@/lib/quiz';

import { useQuiz } from './quiz-provider';

/** Errors from the server, and what the student should know about their saved answers. */
export function QuizStatus() {
  const error = useQuiz((s) => s.error);
  const hydrated = useQuiz((s) => s.hydrated);
  const notice = useQuiz((s) => s.notice);
  const dismiss = useQuiz((s) => s.dismissNotice);
  return (
    <div aria-live="polite" data-hydrated={hydrated} data-testid="quiz-status">
      {notice && (
        <div role="status" data-notice={notice.kind} className="mt-3 flex items-start gap-3 rounded-md border border-partial bg-partial-soft p-3 text-ink">
          <p className="flex-1">{noticeText(notice)}</p>
          <button type="button" onClick={dismiss} className="rounded border border-muted bg-white px-2 py-0.5 text-sm">
            OK
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="mt-3 rounded-md border border-wrong bg-wrong-soft p-3 text-wrong">
          Could not score your answers: {error} Your answers are kept; try again in a moment.
        </p>
      )}
    </div>
  );
}
