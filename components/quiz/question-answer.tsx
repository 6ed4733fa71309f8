'use client';

import { useMemo, type ReactNode } from 'react';

import type { PublicQuestion } from '@/lib/content';
import { arrange, failureOf, isArranged, isLocked, requestScore } from '@/lib/quiz';

import { AnswerInput } from './inputs/answer-input';
import { PartB } from './cite-input';
import { QuestionFeedback } from './question-feedback';
import { useQuiz, useQuizStore } from './quiz-provider';
import { useOwnOrder } from './use-own-order';

interface QuestionAnswerProps {
  question: PublicQuestion;
  number: number;
  practice: boolean;
  /** What sits between the answer and the Check button (how the question is scored), rendered on the server. */
  children: ReactNode;
}

const primary = 'mt-3 rounded-md bg-accent px-3 py-1.5 font-medium text-white hover:bg-accent-strong disabled:opacity-50';
const secondary = 'mt-3 rounded-md border border-accent px-3 py-1.5 text-accent hover:bg-accent-soft';

/**
 * The part of a question a student touches: its input (and Part B), in
 * practice mode the Check button, and the feedback once checked. Each value
 * is selected on its own, so an answer re-renders its own question only.
 */
export function QuestionAnswer({ question, number, practice, children }: QuestionAnswerProps) {
  const { id } = question;
  const answer = useQuiz((s) => s.answers[id]);
  const citation = useQuiz((s) => s.citations[id]);
  const result = useQuiz((s) => s.results[id]);
  const pending = useQuiz((s) => s.pending === id);
  const locked = useQuiz((s) => isLocked(s, id));
  const seed = useOwnOrder();
  const store = useQuizStore();
  const legend = `Question ${number}: ${question.prompt}`;
  // Memoised, so the question's other changes (a check pending, Part B) leave its list alone.
  const input = useMemo(() => {
    // Lists wait, unseen but in place, for the student's own order.
    const waiting = seed === null && isArranged(question);
    return (
      <div className={waiting ? 'invisible' : undefined} data-arranging={waiting || undefined}>
        <AnswerInput question={seed === null ? question : arrange(question, seed)} seed={seed} answer={answer} onChange={(next) => store.getState().setAnswer(id, next)} disabled={locked} legend={legend} />
      </div>
    );
  }, [question, seed, answer, store, id, locked, legend]);
  const checked = result !== undefined;

  const check = async () => {
    const { set, answers, citations, startRequest, recordCheck, failRequest } = store.getState();
    startRequest(id);
    try {
      const response = await requestScore(set.id, { [id]: answers[id] ?? null }, question.cite ? { [id]: citations[id] ?? null } : {});
      const [scored] = response.results;
      if (scored) recordCheck(scored);
    } catch (error) {
      const { message, kind } = failureOf(error);
      failRequest(message, kind);
    }
  };

  return (
    <>
      {input}
      {question.cite && <PartB questionId={id} cite={question.cite} citation={citation} disabled={locked} />}
      {children}
      {practice &&
        (checked ? (
          <button type="button" onClick={() => store.getState().retryQuestion(id)} className={secondary}>
            Try this question again
          </button>
        ) : (
          <button type="button" disabled={(answer === undefined && citation === undefined) || pending} onClick={check} className={primary}>
            {pending ? 'Checking…' : 'Check answer'}
          </button>
        ))}
      {result && <QuestionFeedback question={question} result={result} />}
    </>
  );
}
