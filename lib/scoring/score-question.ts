import type { QuestionKind, QuestionOf } from '@/lib/content/schema';
import type { Answer, AnswerOf } from '@/lib/quiz/answer-schema';

import { kindRules, type KindRule } from './score-kinds';

export interface QuestionScore {
  id: string;
  correct: boolean;
  points: number;
  maxPoints: number;
  correctAnswer: Answer;
}

const roundPoints = (value: number) => Math.round(value * 100) / 100;

function ruleFor<K extends QuestionKind>(question: QuestionOf<K>): KindRule<K> {
  return kindRules[question.kind] as unknown as KindRule<K>;
}

/**
 * Scores one answer, already validated against its kind's answer schema.
 * `null` means unanswered: no points, but the right answer is still given.
 */
export function scoreQuestion<K extends QuestionKind>(question: QuestionOf<K>, answer: AnswerOf<K> | null): QuestionScore {
  const rule = ruleFor(question);
  const fraction = answer === null ? 0 : rule.fraction(question, answer);
  const points = roundPoints(fraction * question.points);
  return {
    id: question.id,
    correct: points === question.points,
    points,
    maxPoints: question.points,
    correctAnswer: rule.correctAnswer(question),
  };
}

