'use client';

import { useCallback, type ReactNode } from 'react';

import type { PublicQuestion } from '@/lib/content';
import type { Answer } from '@/lib/answers';

import { CheckButton } from './check-button';
import { PartB } from './cite/part-b';
import { QuestionFeedback } from './question-feedback';
import { QuestionInput } from './question-input';
import { useQuiz, useQuizStore } from './quiz-provider';

interface QuestionAnswerProps {
  question: PublicQuestion;
  number: number;
  practice: boolean;
  /** What sits between the answer and the Check button (how the question is scored), made by the card. */
  children: ReactNode;
}

/**
 * The part of a question that changes: its input (and Part B), the Check
 * button and the feedback. The rest of the card subscribes to nothing, so
 * choosing an answer re-renders this and nothing else.
 */
export function QuestionAnswer({ question, number, practice, children }: QuestionAnswerProps) {
  // One selector per value, each returning what the store already holds, and
  // each called only when a change touches this question.
  const answer = useQuiz((s) => s.answers[question.id]);
  const citation = useQuiz((s) => s.citations[question.id]);
  const result = useQuiz((s) => s.results[question.id]);
  const store = useQuizStore();
  const onChange = useCallback((next: Answer | null) => store.getState().setAnswer(question.id, next), [store, question.id]);

  return (
    <>
      <QuestionInput question={question} answer={answer} onChange={onChange} disabled={result !== undefined} legend={`Question ${number}: ${question.prompt}`} />
      {question.cite && <PartB questionId={question.id} cite={question.cite} citation={citation} disabled={result !== undefined} />}
      {children}
      {practice && <CheckButton questionId={question.id} answered={answer !== undefined || citation !== undefined} checked={result !== undefined} />}
      {result && <QuestionFeedback question={question} result={result} />}
    </>
  );
}
