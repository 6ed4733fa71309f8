/**
 * Warnings about a matching question that the schema allows but that spoil
 * it for students: a distractor that reads like one of the matches (the list
 * would offer the same thing twice, one of them wrong), and items that all
 * share one match (nothing to read for).
 */
import type { QuestionOf } from '@/lib/content';
import { normaliseAnswer } from '@/lib/scoring';

import { placedMessage, type PlacedMessage } from './quote-problems';
import type { Path } from './yaml-source';

export function matchingMistakes(question: QuestionOf<'matching'>, at: Path): PlacedMessage[] {
  const warnings: PlacedMessage[] = [];
  const matches = [...new Set(question.pairs.map((p) => p.match))];
  question.distractors.forEach((distractor, i) => {
    const twin = matches.find((match) => normaliseAnswer(match) === normaliseAnswer(distractor));
    if (twin) warnings.push(placedMessage([...at, 'distractors', i], `"${distractor}" reads the same as the match "${twin}"; students would see both in the list: remove it, or make it different`));
  });
  if (matches.length === 1 && question.distractors.length === 0) {
    warnings.push(placedMessage([...at, 'pairs'], `every item has the match "${matches[0]}" and the list offers nothing else, so every answer is right: add distractors or other pairs`));
  }
  return warnings;
}
