import Link from 'next/link';

import type { LoadedSet } from '@/lib/content/library';
import type { Article } from '@/lib/content/article';
import { readingMinutes } from '@/lib/content/reading-time';
import { partBOf } from '@/lib/content/schema';
import { formatDate } from '@/lib/text/format-date';

import { SetProgress } from './set-progress';

/** One question set in the library: what it is, what it is about, how long, and how far the student got. */
export function SetCard({ set, article }: { set: LoadedSet; article: Article }) {
  const { meta } = article;
  return (
    <li className="relative rounded-lg border border-rule bg-white p-5 shadow-sm focus-within:border-accent hover:border-accent">
      <h2 className="text-xl font-bold">
        <Link href={`/sets/${set.id}`} className="after:absolute after:inset-0 hover:text-accent">
          {set.title}
        </Link>
      </h2>
      <p className="mt-1 font-reading">
        On <cite className="not-italic">“{meta.title}”</cite>
      </p>
      <p className="mt-1 text-sm text-muted">
        {meta.publication} · {meta.author} · <time dateTime={meta.published}>{formatDate(meta.published)}</time>
      </p>
      <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <div className="flex gap-1">
          <dt className="text-muted">Questions</dt>
          <dd className="font-medium">{set.questions.length}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">Reading time</dt>
          <dd className="font-medium">about {readingMinutes(article.wordCount)} min</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">Mode</dt>
          <dd className="font-medium capitalize">{set.mode}</dd>
        </div>
        {set.audience && (
          <div className="flex gap-1">
            <dt className="text-muted">For</dt>
            <dd className="font-medium">{set.audience}</dd>
          </div>
        )}
      </dl>
      <div className="mt-3">
        <SetProgress
          setId={set.id}
          hashes={set.questionHashes}
          paired={set.questions.filter((q) => partBOf(q)).map((q) => q.id)}
          total={set.questions.length}
        />
      </div>
    </li>
  );
}
