import { methodNotAllowed, respondWithScore } from '@/lib/http';

/**
 * Scores a student's answers on the server, so the answer key never reaches
 * the browser: `POST /api/sets/<setId>/score` with `{"answers": {…}}` (and
 * `"citations"` for Part B of paired questions).
 */
export async function POST(request: Request, { params }: RouteContext<'/api/sets/[setId]/score'>) {
  return respondWithScore((await params).setId, request);
}

const onlyPost = methodNotAllowed(['POST']);
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
