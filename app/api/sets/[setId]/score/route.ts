import { methodNotAllowed , respondWithScore } from '@/lib/http';

/**
 * The scoring API's first address, kept so a page loaded before a deploy
 * still scores; pages now post to /api/score?set=<setId>, which is faster.
 */
export async function POST(request: Request, { params }: RouteContext<'/api/sets/[setId]/score'>) {
  return respondWithScore((await params).setId, request);
}

export const dynamic = 'force-dynamic';

const onlyPost = methodNotAllowed(['POST']);
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
