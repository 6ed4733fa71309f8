import Markdown from 'react-markdown';

import { type Paragraph, paragraphSentences } from '@/lib/content';

import { ArticleLink } from './article-link';
import { wrapSentences } from './wrap-sentences';

/** `span` is allowed for the sentences only: raw HTML is never rendered, so Markdown makes no other span. */
const INLINE = ['em', 'strong', 'a', 'code', 'del', 'br', 'span'];

/** One numbered paragraph, each sentence in a span of its own (see wrap-sentences.ts). Inline Markdown only; raw HTML is never rendered. */
export function ArticleParagraph({ paragraph }: { paragraph: Paragraph }) {
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
