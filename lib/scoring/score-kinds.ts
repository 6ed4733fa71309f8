/**
 * One rule per kind of question: how much of a question's credit an answer
 * earns (a fraction from 0 to 1), and what the right answer is. The rules are
 * written out for teachers in docs/scoring.md.
 */
import type { QuestionKind, QuestionOf } from '@/lib/content';
import type { AnswerOf } from '@/lib/answers';

import { citeFraction } from './cite-fraction';
import { matchesDate } from './match-date';
import { matchesTypedAnswer } from './match-typed-answer';

export interface KindRule<K extends QuestionKind> {
  /**
   * The fraction of the points earned, from 0 to 1. `citedKey`: the ids of
   * the right sentences of a question answered by citing, worked out from its
   * evidence when the set is loaded (empty for every other question).
   */
  fraction(question: QuestionOf<K>, answer: AnswerOf<K>, citedKey: readonly string[]): number;
  correctAnswer(question: QuestionOf<K>, citedKey: readonly string[]): AnswerOf<K>;
}

type KindRules = { [K in QuestionKind]: KindRule<K> };

const exact = (given: string, right: string) => (given === right ? 1 : 0);

/** Right choices minus wrong choices, over the number of right options; never below 0. */
export function selectFraction(chosen: readonly string[], right: readonly string[]): number {
  const picked = new Set(chosen);
  let hits = 0;
  let misses = 0;
  for (const option of picked) {
    if (right.includes(option)) hits++;
    else misses++;
  }
  return Math.max(0, (hits - misses) / right.length);
}

/** The share of pairs of items that stand in the right order relative to each other. */
export function orderFraction(given: readonly string[], right: readonly string[]): number {
  const position = new Map(given.map((item, i) => [item, i]));
  let pairs = 0;
  let inOrder = 0;
  for (let i = 0; i < right.length; i++) {
    for (let j = i + 1; j < right.length; j++) {
      pairs++;
      const a = position.get(right[i] as string);
      const b = position.get(right[j] as string);
      if (a !== undefined && b !== undefined && a < b) inOrder++;
    }
  }
  return pairs === 0 ? 0 : inOrder / pairs;
}

export const kindRules: KindRules = {
  'single-choice': {
    fraction: (q, a) => exact(a, q.answer),
    correctAnswer: (q) => q.answer,
  },
  'multiple-select': {
    fraction: (q, a) => selectFraction(a, q.answers),
    correctAnswer: (q) => q.answers,
  },
  claim: {
    fraction: (q, a) => exact(a, q.answer),
    correctAnswer: (q) => q.answer,
  },
  'who-said': {
    fraction: (q, a) => exact(a, q.answer),
    correctAnswer: (q) => q.answer,
  },
  'match-speakers': {
    fraction: (q, a) => q.pairs.filter((pair, i) => a[String(i)] === pair.speaker).length / q.pairs.length,
    correctAnswer: (q) => Object.fromEntries(q.pairs.map((pair, i) => [String(i), pair.speaker])),
  },
  date: {
    fraction: (q, a) => {
      if (q.options) return exact(a, q.answer);
      if (matchesTypedAnswer(a, [q.answer, ...q.accept], { typos: true })) return 1;
      return q.date !== undefined && matchesDate(a, q.date) ? 1 : 0;
    },
    correctAnswer: (q) => q.answer,
  },
  order: {
    fraction: (q, a) => orderFraction(a, q.items),
    correctAnswer: (q) => q.items,
  },
  'short-text': {
    fraction: (q, a) => (matchesTypedAnswer(a, [q.answer, ...q.accept], { typos: q.typos }) ? 1 : 0),
    correctAnswer: (q) => q.answer,
  },
  'cite-evidence': {
    fraction: (_q, a, key) => citeFraction(a, key),
    correctAnswer: (_q, key) => [...key],
  },
};
