import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';

import type { PublicQuestion } from '@/lib/content';
import type { Answer, EvidenceRef, PartScore, QuestionResult } from '@/lib/answers';
import { formatAnswer, verdictLabels, verdictOf, type Verdict } from '@/lib/results';
import { cx } from '@/lib/ui';
import { showEvidence } from '@/components/article/article-dom';

import { CitedSentenceList } from './cite-input';
import { useQuiz } from './quiz-provider';

const tones: Record<Verdict, { box: string; text: string }> = {
  right: { box: 'border-correct bg-correct-soft text-correct', text: 'text-correct' },
  'partly-right': { box: 'border-partial bg-partial-soft text-partial', text: 'text-partial' },
  wrong: { box: 'border-wrong bg-wrong-soft text-wrong', text: 'text-wrong' },
};

const pointsOf = ({ points, maxPoints }: PartScore) => `(${points} of ${maxPoints} ${maxPoints === 1 ? 'point' : 'points'})`;

/** The right answer: lines of text, or the right sentences of the article. */
function RightAnswer({ question, answer, sentences }: { question: PublicQuestion; answer: Answer; sentences: boolean }) {
  if (sentences && Array.isArray(answer)) return <CitedSentenceList ids={answer} label="Right sentences:" />;
  return (
    <div>
      <p className="font-medium">Right answer:</p>
      <ul className="list-none">
        {formatAnswer(question, answer).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

function PartFeedback({ label, score, children }: { label: string; score: PartScore; children: ReactNode }) {
  const verdict = verdictOf(score);
  return (
    <div className="mt-2" data-testid={`feedback-${label === 'Part A' ? 'a' : 'b'}`}>
      <p className="font-semibold">
        {label}: <span className={tones[verdict].text}>{verdictLabels[verdict]}</span> <span className="font-normal">{pointsOf(score)}</span>
      </p>
      {!score.correct && children}
    </div>
  );
}

/** Shows a question's evidence in the article, switching a phone to the article first. */
function EvidenceButton({ evidence }: { evidence: EvidenceRef }) {
  const setPanel = useQuiz((s) => s.setPanel);
  const where = evidence.paragraph ? `paragraph ${evidence.paragraph}` : 'the article';
  return (
    <button
      type="button"
      onClick={() => {
        flushSync(() => setPanel('article'));
        showEvidence(evidence.quote, evidence.paragraph);
      }}
      className="text-left text-accent underline decoration-1 underline-offset-2 hover:text-accent-strong"
    >
      Show the evidence in {where}
    </button>
  );
}

/** After checking: right or wrong (each part, for a paired question), the points, the right answer, why, and where the article says so. */
export function QuestionFeedback({ question, result }: { question: PublicQuestion; result: QuestionResult }) {
  const verdict = verdictOf(result);
  const { parts } = result;
  return (
    <div className={cx('mt-4 rounded-md border-l-4 p-3', tones[verdict].box)} data-testid="feedback">
      <p className="font-semibold">
        {verdictLabels[verdict]} <span className="font-normal">{pointsOf(result)}</span>
      </p>
      <div className="mt-2 text-ink">
        {parts ? (
          <>
            <PartFeedback label="Part A" score={parts.a}>
              <RightAnswer question={question} answer={result.correctAnswer} sentences={false} />
            </PartFeedback>
            <PartFeedback label="Part B" score={parts.b}>
              <RightAnswer question={question} answer={parts.b.correctAnswer} sentences />
            </PartFeedback>
          </>
        ) : (
          !result.correct && <RightAnswer question={question} answer={result.correctAnswer} sentences={question.kind === 'cite-evidence'} />
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
