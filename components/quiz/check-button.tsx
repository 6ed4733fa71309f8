'use client';

import { requestScore } from '@/lib/quiz';

import { useQuiz, useQuizStore } from './quiz-provider';

interface CheckButtonProps {
  questionId: string;
  answered: boolean;
  checked: boolean;
}

/** Practice mode: check one answer now, or answer it again once checked. */
export function CheckButton({ questionId, answered, checked }: CheckButtonProps) {
  const store = useQuizStore();
  const pending = useQuiz((s) => s.pending === questionId);

  if (checked) {
    return (
      <button
        type="button"
        onClick={() => store.getState().retryQuestion(questionId)}
        className="mt-3 rounded-md border border-accent px-3 py-1.5 text-accent hover:bg-accent-soft"
      >
        Try this question again
      </button>
    );
  }

  const check = async () => {
    const { set, answers, citations, startRequest, recordCheck, failRequest } = store.getState();
    startRequest(questionId);
    try {
      const paired = set.questions.some((q) => q.id === questionId && q.cite);
      const response = await requestScore(set.id, { [questionId]: answers[questionId] ?? null }, paired ? { [questionId]: citations[questionId] ?? null } : {});
      const [result] = response.results;
      if (result) recordCheck(result);
    } catch (error) {
      failRequest(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <button
      type="button"
      disabled={!answered || pending}
      onClick={check}
      className="mt-3 rounded-md bg-accent px-3 py-1.5 font-medium text-white hover:bg-accent-strong disabled:opacity-50"
    >
      {pending ? 'Checking…' : 'Check answer'}
    </button>
  );
}
