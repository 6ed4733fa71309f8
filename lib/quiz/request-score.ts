import * as v from 'valibot';

import { scoreResponseSchema, type ScoreResponse, type StudentAnswers, type StudentCitations } from '@/lib/answers';

/** Asks the server to score answers (and Part B's sentences); throws with the server's own message when it refuses. */
export async function requestScore(setId: string, answers: StudentAnswers, citations: StudentCitations = {}): Promise<ScoreResponse> {
  const response = await fetch(`/api/sets/${encodeURIComponent(setId)}/score`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(Object.keys(citations).length > 0 ? { answers, citations } : { answers }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : `The server answered ${response.status}.`;
    throw new Error(message);
  }
  const scored = v.safeParse(scoreResponseSchema, body);
  if (!scored.success) throw new Error('The server’s answer could not be read.');
  return scored.output;
}
