'use client';

import { useState } from 'react';

import { requestScore } from '@/lib/quiz';

import { ConfirmButton } from './confirm-button';
import { useQuiz, useQuizStore } from './quiz-provider';
import { useProgress } from './progress-bar';

const primary = 'rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong disabled:opacity-50';
const secondary = 'rounded-md border border-muted bg-white px-4 py-2 hover:border-accent';

/** Sends every answer to be scored, warning first about questions left blank. */
export function SubmitBar() {
  const store = useQuizStore();
  const submitted = useQuiz((s) => s.submitted);
  const pending = useQuiz((s) => s.pending === 'submit');
  const hasWork = useQuiz((s) => Object.keys(s.answers).length > 0 || Object.keys(s.citations).length > 0 || Object.keys(s.results).length > 0);
  const { answered, total } = useProgress();
  const [confirmBlank, setConfirmBlank] = useState(false);

  if (submitted) return null;

  const submit = async () => {
    setConfirmBlank(false);
    const { set, answers, citations, startRequest, recordSubmission, failRequest } = store.getState();
    startRequest('submit');
    try {
      const all = Object.fromEntries(set.questions.map((q) => [q.id, answers[q.id] ?? null]));
      const cited = Object.fromEntries(set.questions.filter((q) => q.cite).map((q) => [q.id, citations[q.id] ?? null]));
      recordSubmission(await requestScore(set.id, all, cited));
      requestAnimationFrame(() => document.getElementById('score-summary')?.focus());
    } catch (error) {
      failRequest(error instanceof Error ? error.message : String(error));
    }
  };

  const blank = total - answered;
  return (
    <div className="mt-6 grid gap-3 border-t border-rule pt-4">
      {confirmBlank ? (
        <div role="group" aria-label="Unanswered questions" className="flex flex-wrap items-center gap-2 rounded-md border border-partial bg-partial-soft p-3">
          <span>
            {blank} {blank === 1 ? 'question has' : 'questions have'} no answer yet and will score 0.
          </span>
          <button type="button" autoFocus onClick={submit} className={primary}>
            Submit anyway
          </button>
          <button type="button" onClick={() => setConfirmBlank(false)} className={secondary}>
            Keep answering
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" id="submit-answers" disabled={pending} onClick={() => (blank > 0 ? setConfirmBlank(true) : submit())} className={primary}>
            {pending ? 'Scoring…' : 'Submit answers'}
          </button>
          {hasWork && (
            <ConfirmButton label="Reset" question="Erase every answer to this set?" confirmLabel="Erase answers" onConfirm={() => store.getState().reset()} className={secondary} />
          )}
        </div>
      )}
    </div>
  );
}
