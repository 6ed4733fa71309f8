'use client';

import type { PublicQuestion } from '@/lib/content/public-set';
import { formatAnswer } from '@/lib/quiz/format-answer';
import type { QuestionResult } from '@/lib/scoring/score-types';
import { cx } from '@/lib/ui/cx';

import { EvidenceButton } from './evidence-button';

function verdictOf(result: QuestionResult): { label: string; tone: string } {
  if (result.correct) return { label: 'Correct', tone: 'border-right bg-right-soft text-right' };
  if (result.points > 0) return { label: 'Partly right', tone: 'border-partial bg-partial-soft text-partial' };
  return { label: 'Not right', tone: 'border-wrong bg-wrong-soft text-wrong' };
}

/** After checking: right or wrong, the points, the right answer, why, and where the article says so. */
export function QuestionFeedback({ question, result }: { question: PublicQuestion; result: QuestionResult }) {
  const verdict = verdictOf(result);
  const lines = formatAnswer(question, result.correctAnswer);
  return (
    <div className={cx('mt-4 rounded-md border-l-4 p-3', verdict.tone)} data-testid="feedback">
      <p className="font-semibold">
        {verdict.label}{' '}
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
