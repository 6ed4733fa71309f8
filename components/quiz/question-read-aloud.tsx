'use client';

import { useMemo } from 'react';

import type { PublicQuestion } from '@/lib/content';
import { asShown } from '@/lib/quiz';
import { ReadQuestionAloud } from '@/components/reading-aids/read-question-aloud';

import { useQuiz } from './quiz-provider';

/** "Read aloud" for a question, reading its choices in the order this student sees them. */
export function QuestionReadAloud({ question, number }: { question: PublicQuestion; number: number }) {
  const seed = useQuiz((s) => s.seed);
  const shown = useMemo(() => (seed === null ? question : asShown(question, seed)), [question, seed]);
  return <ReadQuestionAloud question={shown} number={number} />;
}
