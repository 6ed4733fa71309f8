import { partBOf, type Question, type QuestionKind, type QuestionOf } from '@/lib/content';
import { type AnswerOf, type Citation, type PartScore, type QuestionScore } from '@/lib/answers';

import { citeFraction } from './cite-fraction';
import { kindRules, type KindRule } from './score-kinds';

/** What a question answered by citing needs beside its answer. */
export interface Cited {
  /** The ids of the right sentences: a cite-evidence question's answer, or Part B's. */
  key: readonly string[];
  /** Part B's answer: the sentences the student selected, or null when none. */
  citation: Citation | null;
}

const NOTHING_CITED: Cited = { key: [], citation: null };

const roundPoints = (value: number) => Math.round(value * 100) / 100;

function ruleFor<K extends QuestionKind>(question: QuestionOf<K>): KindRule<K> {
  return kindRules[question.kind] as unknown as KindRule<K>;
}

function part(fraction: number, maxPoints: number): PartScore {
  const points = roundPoints(fraction * maxPoints);
  return { correct: points === maxPoints, points, maxPoints };
}

/**
 * Scores one answer, already validated against its kind's answer schema.
 * `null` means unanswered: no points, but the right answer is still given.
 * A paired question scores its two parts on their own and adds them up.
 */
export function scoreQuestion<K extends QuestionKind>(question: QuestionOf<K>, answer: AnswerOf<K> | null, cited: Cited = NOTHING_CITED): QuestionScore {
  const rule = ruleFor(question);
  const a = part(answer === null ? 0 : rule.fraction(question, answer, cited.key), question.points);
  // Object literals written out, not spread: spreads of these varied shapes are slow on every request.
  const id = question.id;
  const correctAnswer = rule.correctAnswer(question, cited.key);
  const partB = partBOf(question as Question);
  if (!partB) return { id, correctAnswer, correct: a.correct, points: a.points, maxPoints: a.maxPoints };
  const b = part(cited.citation === null ? 0 : citeFraction(cited.citation, cited.key), partB.points);
  return {
    id,
    correctAnswer,
    correct: a.correct && b.correct,
    points: roundPoints(a.points + b.points),
    maxPoints: a.maxPoints + b.maxPoints,
    parts: { a, b: { ...b, correctAnswer: [...cited.key] } },
  };
}
