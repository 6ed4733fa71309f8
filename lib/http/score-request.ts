import { getSet } from '@/lib/library';
import { scoreAnswers } from '@/lib/scoring';

import { jsonError } from './json-error';
import { readJsonBody } from './read-json-body';

/** Scores a request's answers against a set: the score, or a JSON error that says what is wrong. */
export async function respondWithScore(setId: string, request: Request): Promise<Response> {
  const set = getSet(setId);
  if (!set) return jsonError(404, `There is no question set "${setId.slice(0, 100)}".`);

  const body = await readJsonBody(request);
  if (!body.ok) return jsonError(body.status, body.error);

  const outcome = scoreAnswers(set, body.value);
  if (!outcome.ok) return jsonError(400, outcome.error);
  return Response.json(outcome.response, { headers: { 'cache-control': 'no-store' } });
}
