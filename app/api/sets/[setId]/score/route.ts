import { getSet } from '@/lib/content/load-library';
import { jsonError, methodNotAllowed } from '@/lib/http/json-error';
import { readJsonBody } from '@/lib/http/read-json-body';
import { scoreAnswers } from '@/lib/scoring/score-answers';

/** Scores a student's answers on the server, so the answer key never reaches the browser. */
export async function POST(request: Request, { params }: RouteContext<'/api/sets/[setId]/score'>) {
  const { setId } = await params;
  const set = getSet(setId);
  if (!set) return jsonError(404, `There is no question set "${setId.slice(0, 100)}".`);

  const body = await readJsonBody(request);
  if (!body.ok) return jsonError(body.status, body.error);

  const outcome = scoreAnswers(set, body.value);
  if (!outcome.ok) return jsonError(400, outcome.error);
  return Response.json(outcome.response, { headers: { 'cache-control': 'no-store' } });
}

// Every request is scored afresh; saying so spares Next.js from watching each
// use of the request for signs of dynamic rendering (a Proxy around it).
export const dynamic = 'force-dynamic';

const onlyPost = methodNotAllowed(['POST']);
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
