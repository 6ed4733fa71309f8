import type { Article } from '@/lib/content';

import { checkArticle } from './check-article';
import { ContentError } from './content-error';

/** Reads an article file, throwing every error in it (as `line:column`) when it cannot be used. */
export function parseArticle(id: string, file: string, source: string): Article {
  const { article, problems } = checkArticle(id, file, source);
  if (article) return article;
  throw new ContentError(
    file,
    problems.filter((p) => p.severity === 'error'),
  );
}
