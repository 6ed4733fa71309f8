'use client';

import { noticeText, submitAnswers, type ScoreFailure } from '@/lib/quiz';

import { useQuiz, useQuizStore } from './quiz-provider';
import { focusScoreSummary } from './score-summary';

/** Errors from the server, and what the student should know about their saved answers. */
export function QuizStatus() {
  const error = useQuiz((s) => s.error);
  const hydrated = useQuiz((s) => s.hydrated);
  const notice = useQuiz((s) => s.notice);
  const launched = useQuiz((s) => s.launch !== null);
  const dismiss = useQuiz((s) => s.dismissNotice);
  return (
    <div aria-live="polite" data-hydrated={hydrated} data-testid="quiz-status">
      {notice && (
        <div role="status" data-notice={notice.kind} className="mt-3 flex items-start gap-3 rounded-md border border-partial bg-partial-soft p-3 text-ink">
          <p className="flex-1">{noticeText(notice, launched)}</p>
          <button type="button" onClick={dismiss} className="rounded border border-muted bg-white px-2 py-0.5 text-sm">
            OK
          </button>
        </div>
      )}
      {error && <Failure failure={error} />}
    </div>
  );
}

/**
 * Why there is no score. A score the learning platform could not take is
 * sent again with the same answers: focus goes to **Send again**, so the
 * keyboard is where the student needs it.
 */
function Failure({ failure }: { failure: ScoreFailure }) {
  const store = useQuizStore();
  const box = 'mt-3 rounded-md border border-wrong bg-wrong-soft p-3 text-wrong';
  if (failure.kind === 'other') {
    return (
      <p role="alert" className={box}>
        Could not score your answers: {failure.message} Your answers are kept; try again in a moment.
      </p>
    );
  }
  return (
    <div className={box}>
      <p role="alert">{failure.message}</p>
      {failure.kind === 'retry' && (
        <button
          type="button"
          autoFocus
          onClick={async () => {
            if (await submitAnswers(store)) focusScoreSummary();
          }}
          className="mt-2 rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
        >
          Send again
        </button>
      )}
    </div>
  );
}
