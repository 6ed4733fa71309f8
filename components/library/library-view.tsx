import type { ReactNode } from 'react';

import type { Shelf } from '@/lib/content';

import { ArticleShelf } from './article-shelf';
import { LibraryPager } from './library-pager';

interface LibraryViewProps {
  shelves: readonly Shelf[];
  /** This page's number, from 1, and how many pages the library has. */
  page: number;
  pages: number;
  children?: ReactNode;
}

/** One page of the library: the articles on it, each with its question sets, and the way to the other pages. */
export function LibraryView({ shelves, page, pages, children }: LibraryViewProps) {
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-10">
      <h1 className="font-reading text-4xl font-bold">Read closely, then show what you found</h1>
      <p className="mt-3 max-w-measure text-lg text-muted">
        Each set pairs a news article with questions about who said what, when things happened and what the article really claims.
      </p>
      {pages > 1 && (
        <p className="mt-3 text-sm font-medium">
          Page {page} of {pages}, newest articles first
        </p>
      )}
      <ul className="mt-8 grid gap-6" aria-label="Articles">
        {shelves.map((shelf) => (
          <ArticleShelf key={shelf.article.id} shelf={shelf} />
        ))}
      </ul>
      {pages > 1 && <LibraryPager page={page} pages={pages} />}
      {children}
    </main>
  );
}
