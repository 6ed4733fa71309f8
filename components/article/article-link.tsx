import type { ComponentProps } from 'react';

const SAFE_HREF = /^(?:https?:|mailto:)/i;

/**
 * A link from an article's Markdown. Only web and mail links stay links, and
 * they open without handing this page to the site they lead to; anything else
 * (a `javascript:` or `data:` link, emptied by the Markdown renderer) is shown
 * as its text.
 */
export function ArticleLink({ href, children }: ComponentProps<'a'>) {
  if (!href || !SAFE_HREF.test(href)) return <span>{children}</span>;
  return (
    <a href={href} rel="noopener noreferrer nofollow" className="text-accent underline">
      {children}
    </a>
  );
}
