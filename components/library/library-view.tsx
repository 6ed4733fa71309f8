import type { ReactNode } from 'react';

import { partBOf, readingMinutes, type LoadedSet, type Shelf } from '@/lib/content';
import { formatDate } from '@/lib/text';
import { IntentLink } from '@/components/site/intent-link';

import { LibraryPager } from './library-pager';
import { SetProgress } from './set-progress';

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
      <p className="mt-10 text-sm text-muted">
        Teachers:{' '}
        <IntentLink href="/verify" className="text-accent underline">
          check a student’s hand-in
        </IntentLink>{' '}
        against the code Close Reader gave it.
      </p>
      {children}
    </main>
  );
}

/** One article in the library, and the question sets written for it. */
function ArticleShelf({ shelf }: { shelf: Shelf }) {
  const { article, sets } = shelf;
  const { meta } = article;
  const headingId = `article-${article.id}`;
  return (
    <li aria-labelledby={headingId} className="rounded-lg border border-rule bg-white p-5 shadow-sm">
      <h2 id={headingId} className="font-reading text-2xl font-bold">
        {meta.title}
      </h2>
      <p className="mt-1 text-sm text-muted">
        {[meta.publication, meta.author].filter(Boolean).map((part) => `${part} · `)}
        <time dateTime={meta.published}>{formatDate(meta.published)}</time> · about {readingMinutes(article.wordCount)} min to read
      </p>
      <p className="mt-3 text-sm font-medium">{sets.length === 1 ? 'One question set' : `${sets.length} question sets`} on this article:</p>
      <ul className="mt-2 grid gap-3 sm:grid-cols-2" aria-label={`Question sets on “${meta.title}”`}>
        {sets.map((set) => (
          <SetCard key={set.id} set={set} />
        ))}
      </ul>
    </li>
  );
}

/** One question set on an article's shelf: who it is for, how it works, and how far the student got. */
function SetCard({ set }: { set: LoadedSet }) {
  const titleId = `set-${set.id}`;
  return (
    <li aria-labelledby={titleId} className="relative rounded-md border border-rule bg-paper p-4 focus-within:border-accent hover:border-accent">
      <h3 id={titleId} className="text-lg font-bold">
        <IntentLink href={`/sets/${set.id}`} className="after:absolute after:inset-0 hover:text-accent">
          {set.title}
        </IntentLink>
      </h3>
      {set.description && <p className="mt-1 text-sm">{set.description}</p>}
      <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {set.audience && (
          <div className="flex gap-1">
            <dt className="text-muted">For</dt>
            <dd className="font-medium">{set.audience}</dd>
          </div>
        )}
        <div className="flex gap-1">
          <dt className="text-muted">Questions</dt>
          <dd className="font-medium">{set.questions.length}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">Mode</dt>
          <dd className="font-medium capitalize">{set.assessment ? 'graded test' : set.mode}</dd>
        </div>
      </dl>
      <div className="mt-2">
        <SetProgress
          set={{ id: set.id, questionHashes: set.questionHashes, questions: set.questions.map((q) => ({ id: q.id, kind: q.kind, ...(partBOf(q) && { cite: true }) })) }}
        />
      </div>
    </li>
  );
}

/** In development only: the set files with errors, each linking to a page that lists them. */
export function BrokenSets({ ids }: { ids: readonly string[] }) {
  return (
    <section aria-labelledby="broken-sets" className="mt-10 rounded-lg border-2 border-wrong bg-wrong-soft p-5">
      <h2 id="broken-sets" className="text-xl font-bold">
        Sets with errors
      </h2>
      <p className="mt-1 text-sm">Only in development: these files have errors and would stop a build.</p>
      <ul className="mt-3 list-disc pl-5">
        {ids.map((id) => (
          <li key={id}>
            <IntentLink href={`/sets/${id}`} className="text-accent underline">
              content/sets/{id}.yaml
            </IntentLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
