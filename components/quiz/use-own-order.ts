import { useEffect, useState } from 'react';

import { inAFrameOfItsOwn } from '@/lib/ui';

import { useQuiz } from './quiz-provider';

/**
 * The seed of the student's own order of lists (lib/quiz's arrangement), for
 * one question: null until its turn comes. The seed arrives with the saved
 * work just after the page hydrates; taken by every question at once, every
 * list on the page would be rebuilt and laid out again in one long task that
 * blocks a slow phone. So each question takes it in an animation frame of
 * its own, in the page's order, and its lists wait unseen until then.
 */
export function useOwnOrder(): string | null {
  const stored = useQuiz((s) => s.seed);
  const [seed, setSeed] = useState<string | null>(null);
  useEffect(() => {
    if (stored === null) return;
    return inAFrameOfItsOwn(() => setSeed(stored));
  }, [stored]);
  return seed;
}
