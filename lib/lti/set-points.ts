import type { LoadedSet } from '@/lib/content';
import { scoreAnswers } from '@/lib/scoring';

/** Every question of a set, unanswered, with the answers given over them: a graded attempt is scored on the whole set. */
export function wholeSetBody(set: LoadedSet, body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const { answers, ...rest } = body as { answers?: unknown };
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return body;
  return { ...rest, answers: { ...Object.fromEntries(set.questions.map((q) => [q.id, null])), ...answers } };
}

/** The most a set can score, as the scoring itself counts it: the gradebook column's maximum. */
export function maxScoreOf(set: LoadedSet): number {
  const scored = scoreAnswers(set, wholeSetBody(set, { answers: {} }));
  return scored.ok ? scored.response.maxScore : 0;
}
