import type { QuestionResult } from '@/lib/answers';

export type Verdict = 'right' | 'partly-right' | 'wrong';

export const verdictLabels: Record<Verdict, string> = {
  right: 'Correct',
  'partly-right': 'Partly right',
  wrong: 'Not right',
};

/** How a scored question went: all the points, some, or none. */
export function verdictOf(result: Pick<QuestionResult, 'correct' | 'points'>): Verdict {
  if (result.correct) return 'right';
  return result.points > 0 ? 'partly-right' : 'wrong';
}
