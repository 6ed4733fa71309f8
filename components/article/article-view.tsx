import type { ComponentProps } from 'react';
import Markdown from 'react-markdown';

import { type Article, type ArticleMeta, type Paragraph, paragraphSentences } from '@/lib/content';
import { formatDate } from '@/lib/text';

import { wrapSentences } from './wrap-sentences';

/**
 * The article as a reader sees it: headline, byline, image caption, numbered
 * paragraphs and corrections, all rendered on the server.
 */
export function ArticleView({ article }: { article: Article }) {
  const { meta } = article;
  return (
    <article aria-labelledby="article-title" className="mx-auto max-w-measure font-reading">
      <header className="mb-6 border-b border-rule pb-4">
        {meta.publication && <p className="font-ui text-sm font-semibold tracking-wide text-accent uppercase">{meta.publication}</p>}
        <h1 id="article-title" className="mt-1 text-3xl leading-tight font-bold text-balance">
          {meta.title}
        </h1>
        {meta.dek && <p className="mt-3 text-lg text-muted">{meta.dek}</p>}
        <p className="mt-3 font-ui text-sm text-muted">
          {meta.author && (
            <>
              By <span className="font-semibold text-ink">{meta.author}</span> ·{' '}
            </>
          )}
          <time dateTime={meta.published}>{formatDate(meta.published)}</time>
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

/** `span` is allowed for the sentences only: raw HTML is never rendered, so Markdown makes no other span. */
const INLINE = ['em', 'strong', 'a', 'code', 'del', 'br', 'span'];

/** One numbered paragraph, each sentence in a span of its own (see wrap-sentences.ts). Inline Markdown only; raw HTML is never rendered. */
function ArticleParagraph({ paragraph }: { paragraph: Paragraph }) {
  const sentences = paragraphSentences(paragraph).map(({ id, start, text }) => ({ id, start, text }));
  return (
    <p id={`p-${paragraph.number}`} data-paragraph={paragraph.number} tabIndex={-1} className="group relative scroll-mt-4 rounded-sm pl-10 data-evidence:outline-2 data-evidence:outline-offset-4 data-evidence:outline-evidence">
      <span aria-hidden="true" className="absolute top-1 left-0 w-7 text-right font-ui text-xs text-muted tabular-nums select-none">
        {paragraph.number}
      </span>
      <span data-paragraph-text>
        <Markdown allowedElements={INLINE} unwrapDisallowed skipHtml rehypePlugins={[[wrapSentences, { sentences }]]} components={{ a: ArticleLink }}>
          {paragraph.markdown}
        </Markdown>
      </span>
    </p>
  );
}

const SAFE_HREF = /^(?:https?:|mailto:)/i;

/**
 * A link from an article's Markdown. Only web and mail links stay links, and
 * they open without handing this page to the site they lead to; anything else
 * (a `javascript:` or `data:` link, emptied by the Markdown renderer) is shown
 * as its text.
 */
function ArticleLink({ href, children }: ComponentProps<'a'>) {
  if (!href || !SAFE_HREF.test(href)) return <span>{children}</span>;
  return (
    <a href={href} rel="noopener noreferrer nofollow" className="text-accent underline">
      {children}
    </a>
  );
}

/** The newsroom's corrections note: what this copy changed from the source. */
function ArticleCorrections({ corrections }: { corrections: ArticleMeta['corrections'] }) {
  if (corrections.length === 0) return null;
  return (
    <aside aria-labelledby="corrections-title" className="mt-10 border-t border-rule pt-4 font-ui text-sm text-muted">
      <h2 id="corrections-title" className="font-semibold text-ink">
        Corrections
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {corrections.map((c) => (
          <li key={c.original}>
            “{c.original}” is corrected to “{c.corrected}”.{c.note ? ` ${c.note}` : ''}
          </li>
        ))}
      </ul>
    </aside>
  );
}
