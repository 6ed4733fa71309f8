'use client';

import { sentenceLabel } from '@/lib/text';
import { useSentenceText } from '@/components/reader/use-sentence-text';

function CitedSentence({ id }: { id: string }) {
  const text = useSentenceText(id);
  const label = sentenceLabel(id);
  return (
    <li className="border-l-2 border-accent pl-2">
      <span className="block text-xs font-semibold tracking-wide text-muted uppercase">{label}</span>
      {text && <span className="font-reading">{text}</span>}
    </li>
  );
}

/** Sentences of the article, by id: where each stands and what it says. */
export function CitedSentenceList({ ids, label }: { ids: readonly string[]; label: string }) {
  if (ids.length === 0) return null;
  return (
    <div className="mt-2">
      <p className="text-sm font-medium">{label}</p>
      <ul className="mt-1 grid gap-2 text-sm">
        {ids.map((id) => (
          <CitedSentence key={id} id={id} />
        ))}
      </ul>
    </div>
  );
}
