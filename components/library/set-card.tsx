import { type LoadedSet, partBOf } from '@/lib/content';
import { IntentLink } from '@/components/site/intent-link';

import { SetProgress } from './set-progress';

/** One question set on an article's shelf: who it is for, how it works, and how far the student got. */
export function SetCard({ set }: { set: LoadedSet }) {
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
          <dd className="font-medium capitalize">{set.mode}</dd>
        </div>
      </dl>
      <div className="mt-2">
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
