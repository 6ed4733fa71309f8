import type { PublicQuestion } from '@/lib/content';
import { scoringRule } from '@/lib/scoring';

import { QuestionAnswer } from './question-answer';
import { QuestionReadAloud } from './question-read-aloud';

const kindLabels: Record<PublicQuestion['kind'], string> = {
  'single-choice': 'Choose one',
  'multiple-select': 'Choose all that apply',
  claim: 'True, false or not stated',
  'who-said': 'Who said it?',
  'match-speakers': 'Match quotes to speakers',
  matching: 'Match each item',
  date: 'When?',
  numeric: 'Type a number',
  order: 'Put in order',
  'short-text': 'Type your answer',
  'cite-evidence': 'Cite the evidence',
};

/**
 * One question, rendered on the server: its number, kind, prompt, quotation
 * or claim and how it is scored. What a student touches (the answer, Part B,
 * Check and the feedback) is the client leaf QuestionAnswer.
 */
export function QuestionCard({ question, number, practice }: { question: PublicQuestion; number: number; practice: boolean }) {
  const titleId = `q-${question.id}-title`;
  return (
    <section id={`q-${question.id}`} aria-labelledby={titleId} className="scroll-mt-4 rounded-lg border border-rule bg-white/60 p-4" data-question={question.id}>
      <QuestionReadAloud question={question} number={number} />
      <p className="text-xs font-semibold tracking-wide text-muted uppercase">
        Question {number} · {kindLabels[question.kind]}
        {question.cite ? ` · Parts A and B, ${question.points + question.cite.points} points` : question.points !== 1 && ` · ${question.points} points`}
      </p>
      <h3 id={titleId} className="mt-1 text-base font-semibold">
        {question.prompt}
      </h3>
      {question.kind === 'who-said' && <blockquote className="mt-2 border-l-4 border-accent pl-3 font-reading text-lg">“{question.quote}”</blockquote>}
      {(question.kind === 'claim' || question.kind === 'cite-evidence') && question.claim && (
        <blockquote className="mt-2 border-l-4 border-accent pl-3 font-reading text-lg">{question.claim}</blockquote>
      )}
      {question.cite && <p className="mt-3 text-sm font-semibold text-muted">Part A</p>}
      <QuestionAnswer question={question} number={number} practice={practice}>
        <details className="mt-3 text-sm text-muted">
          <summary className="cursor-pointer">How this question is scored</summary>
          <p className="mt-1">{scoringRule(question)}</p>
        </details>
      </QuestionAnswer>
    </section>
  );
}
