import { methodNotAllowed, respondWithScore } from '@/lib/http';
import { respondWithGrade } from '@/lib/lti';

/**
 * Scores a student's answers on the server, so the answer key never reaches
 * the browser: `POST /api/sets/<setId>/score` with `{"answers": {…}}` (and
 * `"citations"` for Part B of paired questions). A student launched from a
 * learning platform sends the launch's token (`Authorization: Bearer …`):
 * the whole set is scored and the grade sent to the platform's gradebook.
 */
export async function POST(request: Request, { params }: RouteContext<'/api/sets/[setId]/score'>) {
  const { setId } = await params;
  const launch = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  return launch ? respondWithGrade(setId, request, launch) : respondWithScore(setId, request);
}

const onlyPost = methodNotAllowed(['POST']);
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
