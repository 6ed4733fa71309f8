import type { QuestionResult } from '@/lib/scoring/score-types';

export type Verdict = 'correct' | 'partly-right' | 'not-right';

export const verdictLabels: Record<Verdict, string> = {
  correct: 'Correct',
  'partly-right': 'Partly right',
  'not-right': 'Not right',
};

/** How a scored question went: all the points, some, or none. */
export function verdictOf(result: Pick<QuestionResult, 'correct' | 'points'>): Verdict {
  if (result.correct) return 'correct';
  return result.points > 0 ? 'partly-right' : 'not-right';
}
