'use client';

import { gradeText, WITHHELD_TEXT } from '@/lib/quiz';

import { ConfirmButton } from './confirm-button';
import { HandIn } from './hand-in';
import { useQuiz, useQuizStore } from './quiz-provider';

const button = 'rounded-md border border-muted bg-white px-3 py-1.5 hover:border-accent';

/** Once a submission is scored, focus goes to the score, which is read out with where it went. */
export const focusScoreSummary = () => requestAnimationFrame(() => document.getElementById('score-summary')?.focus());

/**
 * After submitting: the score, where it went (inside a launch), the results
 * to hand in, and the ways to go again. While an assessment has graded
 * attempts left the right answers are withheld: the score alone, and a new try.
 */
export function ScoreSummary({ articleTitle }: { articleTitle: string }) {
  const store = useQuizStore();
  const submitted = useQuiz((s) => s.submitted);
  const score = useQuiz((s) => s.lastScore?.score ?? 0);
  const maxScore = useQuiz((s) => s.lastScore?.maxScore ?? 0);
  const grade = useQuiz((s) => s.grade);
  const withheld = useQuiz((s) => s.withheld);
  const missed = useQuiz((s) => s.set.questions.filter((q) => !s.results[q.id]?.correct).length);
  if (!submitted) return null;

  const percent = maxScore > 0 ? Math.round((score / maxScore) * 100) : 0;
  return (
    <section aria-labelledby="score-summary" className="mb-6 rounded-lg border-2 border-accent bg-accent-soft p-4">
      <h2 id="score-summary" tabIndex={-1} aria-describedby="score-summary-grade score-summary-detail" className="text-xl font-bold">
        Your score: {score} of {maxScore} ({percent}%)
      </h2>
      {grade && (
        <p id="score-summary-grade" className="mt-1 font-medium" data-grade={grade.status}>
          {gradeText(grade)}
        </p>
      )}
      <p id="score-summary-detail" className="mt-1 text-sm">
        {withheld
          ? WITHHELD_TEXT
          : missed === 0
            ? 'Every question is right.'
            : `${missed} ${missed === 1 ? 'question is' : 'questions are'} not fully right: read the feedback under each one.`}
      </p>
      <div className="mt-3 flex flex-wrap gap-2" role="group" aria-label="Hand in your results">
        <HandIn articleTitle={articleTitle} buttonClassName={button} />
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        {!withheld && missed > 0 && (
          <button type="button" onClick={() => store.getState().retryMissed()} className={button}>
            Try the missed questions again
          </button>
        )}
        <button type="button" onClick={() => store.getState().retryAll()} className={button}>
          Try all questions again
        </button>
        <ConfirmButton label="Reset" question="Erase every answer and your score?" confirmLabel="Erase everything" onConfirm={() => store.getState().reset()} className={button} />
      </div>
    </section>
  );
}
