import type { Article } from '@/lib/content';
import { formatDate } from '@/lib/text';

import { ArticleParagraph } from './article-paragraph';
import { ArticleCorrections } from './article-corrections';

/**
 * The article as a reader sees it: headline, byline, image caption, numbered
 * paragraphs and corrections. Isolated (its own stacking context), so the
 * browser repaints it from its last recording when only the questions change.
 */
export function ArticleView({ article }: { article: Article }) {
  const { meta } = article;
  return (
    <article aria-labelledby="article-title" className="isolate mx-auto max-w-measure font-reading">
      <header className="mb-6 border-b border-rule pb-4">
        <p className="font-ui text-sm font-semibold tracking-wide text-accent uppercase">{meta.publication}</p>
        <h1 id="article-title" className="mt-1 text-3xl leading-tight font-bold text-balance">
          {meta.title}
        </h1>
        {meta.dek && <p className="mt-3 text-lg text-muted">{meta.dek}</p>}
        <p className="mt-3 font-ui text-sm text-muted">
          By <span className="font-semibold text-ink">{meta.author}</span> · <time dateTime={meta.published}>{formatDate(meta.published)}</time>
        </p>
        {meta.image && (
          <p className="mt-3 border-l-4 border-rule pl-3 font-ui text-sm text-muted">
            <span className="sr-only">Photo: </span>
            {meta.image.caption} <span className="whitespace-nowrap">Photo: {meta.image.credit}</span>
          </p>
        )}
      </header>
      <div className="space-y-5 text-lg leading-relaxed">
        {article.paragraphs.map((paragraph) => (
          <ArticleParagraph key={paragraph.number} paragraph={paragraph} />
        ))}
      </div>
      <ArticleCorrections corrections={meta.corrections} />
    </article>
  );
}
