'use client';

import type { PublicQuestion } from '@/lib/content/public-set';
import { formatAnswer } from '@/lib/quiz/format-answer';
import { verdictLabels, verdictOf, type Verdict } from '@/lib/results/verdict';
import type { QuestionResult } from '@/lib/scoring/score-types';
import { cx } from '@/lib/ui/cx';

import { EvidenceButton } from './evidence-button';

const tones: Record<Verdict, string> = {
  right: 'border-correct bg-correct-soft text-correct',
  'partly-right': 'border-partial bg-partial-soft text-partial',
  wrong: 'border-wrong bg-wrong-soft text-wrong',
};

/** After checking: right or wrong, the points, the right answer, why, and where the article says so. */
export function QuestionFeedback({ question, result }: { question: PublicQuestion; result: QuestionResult }) {
  const verdict = verdictOf(result);
  const lines = formatAnswer(question, result.correctAnswer);
  return (
    <div className={cx('mt-4 rounded-md border-l-4 p-3', tones[verdict])} data-testid="feedback">
      <p className="font-semibold">
        {verdictLabels[verdict]}{' '}
        <span className="font-normal">
          ({result.points} of {result.maxPoints} {result.maxPoints === 1 ? 'point' : 'points'})
        </span>
      </p>
      <div className="mt-2 text-ink">
        {!result.correct && (
          <div>
            <p className="font-medium">Right answer:</p>
            <ul className="list-none">
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        <p className="mt-2">{result.explanation}</p>
        <ul className="mt-2 grid gap-1">
          {result.evidence.map((evidence) => (
            <li key={evidence.quote}>
              <EvidenceButton evidence={evidence} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
