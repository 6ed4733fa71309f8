import { type Shelf, readingMinutes } from '@/lib/content';
import { formatDate } from '@/lib/text';

import { SetCard } from './set-card';

/** One article in the library, and the question sets written for it. */
export function ArticleShelf({ shelf }: { shelf: Shelf }) {
  const { article, sets } = shelf;
  const { meta } = article;
  const headingId = `article-${article.id}`;
  return (
    <li aria-labelledby={headingId} className="rounded-lg border border-rule bg-white p-5 shadow-sm">
      <h2 id={headingId} className="font-reading text-2xl font-bold">
        {meta.title}
      </h2>
      <p className="mt-1 text-sm text-muted">
        {meta.publication} · {meta.author} · <time dateTime={meta.published}>{formatDate(meta.published)}</time> · about {readingMinutes(article.wordCount)} min to read
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
