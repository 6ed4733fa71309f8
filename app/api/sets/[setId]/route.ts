import { getArticle, getSet } from '@/lib/library';
import { toPublicSet } from '@/lib/content';
import { jsonError, methodNotAllowed } from '@/lib/http';

/** The public set: its article and its questions, without answers, explanations or evidence. */
export async function GET(_request: Request, { params }: RouteContext<'/api/sets/[setId]'>) {
  const { setId } = await params;
  const set = getSet(setId);
  const article = set && getArticle(set.article);
  if (!set || !article) return jsonError(404, `There is no question set "${setId}".`);
  return Response.json({
    ...toPublicSet(set),
    article: { id: article.id, ...article.meta, paragraphs: article.paragraphs.map(({ number, text }) => ({ number, text })) },
  });
}

const onlyGet = methodNotAllowed(['GET']);
export { onlyGet as POST, onlyGet as PUT, onlyGet as PATCH, onlyGet as DELETE };
