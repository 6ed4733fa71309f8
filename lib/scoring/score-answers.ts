import { z } from 'zod';

import type { LoadedSet } from '@/lib/content/library';
import { answerSchemas, type Answer } from '@/lib/quiz/answer-schema';

import { answerProblem } from './answer-fits';
import { scoreQuestion } from './score-question';
import type { QuestionResult, ScoreResponse } from './score-types';

export const scoreRequestSchema = z.strictObject({
  answers: z.record(z.string().max(200), z.unknown()),
});

export type ScoreOutcome = { ok: true; response: ScoreResponse } | { ok: false; error: string };

/**
 * Scores a request body against a set: validates every answer, then scores
 * the questions it names, with their right answers, explanations and evidence.
 */
export function scoreAnswers(set: LoadedSet, body: unknown): ScoreOutcome {
  const request = scoreRequestSchema.safeParse(body);
  if (!request.success) return { ok: false, error: `The body must look like {"answers": {"<questionId>": <answer>}}. ${z.prettifyError(request.error)}` };

  const given = request.data.answers;
  const known = new Set(set.questions.map((q) => q.id));
  // The ids as sent: zod's copy would drop a "__proto__" key instead of refusing it.
  const sent = Object.keys((body as { answers: object }).answers);
  const unknown = sent.find((id) => !known.has(id));
  if (unknown !== undefined) return { ok: false, error: `Set "${set.id}" has no question "${unknown}".` };

  const results: QuestionResult[] = [];
  for (const question of set.questions) {
    if (!Object.hasOwn(given, question.id)) continue;
    const raw = given[question.id];
    let answer: Answer | null = null;
    if (raw !== null) {
      const parsed = answerSchemas[question.kind].safeParse(raw);
      if (!parsed.success) return { ok: false, error: `The answer to "${question.id}" (${question.kind}) is malformed. ${z.prettifyError(parsed.error)}` };
      const problem = answerProblem(question, parsed.data);
      if (problem) return { ok: false, error: `The answer to "${question.id}" does not fit: ${problem}.` };
      answer = parsed.data;
    }
    results.push({
      ...scoreQuestion(question, answer),
      explanation: question.explanation,
      evidence: set.evidence[question.id] ?? [],
    });
  }
  const sum = (pick: (r: QuestionResult) => number) => Math.round(results.reduce((total, r) => total + pick(r), 0) * 100) / 100;
  return { ok: true, response: { score: sum((r) => r.points), maxScore: sum((r) => r.maxPoints), results } };
}
