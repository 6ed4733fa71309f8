'use client';

import type { PublicQuestion } from '@/lib/content';
import { asShown } from '@/lib/quiz';
import { ReadQuestionAloud } from '@/components/reading-aids/read-question-aloud';

import { useQuizStore } from './quiz-provider';

/** "Read aloud" for a question, reading its choices in the order this student sees them, as they are when it is pressed. */
export function QuestionReadAloud({ question, number }: { question: PublicQuestion; number: number }) {
  const store = useQuizStore();
  const shownAs = (q: PublicQuestion) => {
    const { seed } = store.getState();
    return seed === null ? q : asShown(q, seed);
  };
  return <ReadQuestionAloud question={question} number={number} shownAs={shownAs} />;
}
