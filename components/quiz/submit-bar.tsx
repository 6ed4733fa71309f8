'use client';

import { useState } from 'react';

import { ASSESSMENT_OUTSIDE_LAUNCH, submitAnswers } from '@/lib/quiz';

import { ConfirmButton } from './confirm-button';
import { useQuiz, useQuizStore } from './quiz-provider';
import { useProgress } from './progress-bar';
import { focusScoreSummary } from './score-summary';

const primary = 'rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong disabled:opacity-50';
const secondary = 'rounded-md border border-muted bg-white px-4 py-2 hover:border-accent';

/**
 * Sends every answer to be scored, warning first about questions left blank.
 * An assessment is answered only inside a launch from a learning platform:
 * outside one, Submit is disabled and the notice above it says where to go
 * (shown once the launch has been looked for, so a launched page never flashes it).
 */
export function SubmitBar() {
  const store = useQuizStore();
  const submitted = useQuiz((s) => s.submitted);
  const pending = useQuiz((s) => s.pending === 'submit');
  const closed = useQuiz((s) => s.set.assessment && s.launch === null);
  const hydrated = useQuiz((s) => s.hydrated);
  const hasWork = useQuiz((s) => Object.keys(s.answers).length > 0 || Object.keys(s.citations).length > 0 || Object.keys(s.results).length > 0);
  const { answered, total } = useProgress();
  const [confirmBlank, setConfirmBlank] = useState(false);

  if (submitted) return null;

  const submit = async () => {
    setConfirmBlank(false);
    if (await submitAnswers(store)) focusScoreSummary();
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
          {closed && hydrated && (
            <p id="assessment-closed" className="basis-full rounded-md border border-partial bg-partial-soft p-3 text-ink">
              {ASSESSMENT_OUTSIDE_LAUNCH}
            </p>
          )}
          <button
            type="button"
            id="submit-answers"
            disabled={pending || closed}
            aria-describedby={closed && hydrated ? 'assessment-closed' : undefined}
            onClick={() => (blank > 0 ? setConfirmBlank(true) : submit())}
            className={primary}
          >
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
