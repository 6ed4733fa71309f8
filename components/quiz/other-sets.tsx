import type { SiblingSet } from '@/lib/content';
import { IntentLink } from '@/components/site/intent-link';

/** The other question sets on this article, so a student knows which one they are in and can switch. */
export function OtherSets({ sets }: { sets: SiblingSet[] }) {
  if (sets.length === 0) return null;
  return (
    <nav aria-label="Other question sets on this article" className="mt-1 text-sm">
      Also on this article:{' '}
      {sets.map((set, i) => (
        <span key={set.id}>
          {i > 0 && ', '}
          <IntentLink href={`/sets/${set.id}`} className="text-accent underline">
            {set.title}
          </IntentLink>
          {set.audience && ` (${set.audience})`}
        </span>
      ))}
    </nav>
  );
}
