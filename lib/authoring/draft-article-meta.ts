import type { ArticleMeta } from '@/lib/content';

import type { PlainArticle } from './read-plain-article';

/**
 * The frontmatter for a new article: what the text gave, the publication
 * from the command line, and "" for every required field still unknown so
 * the content checker names it. `missing` lists those fields by path.
 */
export interface ArticleMetaDraft {
  meta: ArticleMeta;
  missing: string[];
}

export interface ArticleMetaOptions {
  publication?: string;
}

export function draftArticleMeta(found: PlainArticle, options: ArticleMetaOptions = {}): ArticleMetaDraft {
  const meta: ArticleMeta = {
    title: found.title,
    ...(found.dek ? { dek: found.dek } : {}),
    author: found.author ?? '',
    publication: options.publication?.trim() ?? '',
    published: found.published ?? '',
    ...(found.image ? { image: { caption: found.image.caption, credit: found.image.credit } } : {}),
    corrections: [],
  };
  const required: ReadonlyArray<readonly [string, string]> = [
    ['title', meta.title],
    ['author', meta.author],
    ['publication', meta.publication],
    ['published', meta.published],
    ...(meta.image
      ? ([
          ['image.caption', meta.image.caption],
          ['image.credit', meta.image.credit],
        ] as const)
      : []),
  ];
  return { meta, missing: required.filter(([, value]) => value.trim() === '').map(([path]) => path) };
}
