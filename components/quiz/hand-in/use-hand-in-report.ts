'use client';

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { buildHandInReport, type HandInReport } from '@/lib/results';

import { useQuiz } from '../quiz-provider';

/** The report to hand in once the set is submitted; null before. */
export function useHandInReport(articleTitle: string): HandInReport | null {
  const { set, answers, citations, results, submitted, lastScore } = useQuiz(
    useShallow((s) => ({ set: s.set, answers: s.answers, citations: s.citations, results: s.results, submitted: s.submitted, lastScore: s.lastScore })),
  );
  return useMemo(
    () => (submitted && lastScore ? buildHandInReport({ set, articleTitle, answers, citations, results, lastScore }) : null),
    [set, articleTitle, answers, citations, results, submitted, lastScore],
  );
}
