'use client';

import type { PublicCite } from '@/lib/content';

import { CiteInput } from './cite-input';

interface PartBProps {
  questionId: string;
  cite: PublicCite;
  citation: readonly string[] | undefined;
  disabled: boolean;
}

/** Part B of a paired question: which sentences of the article show the answer. */
export function PartB({ questionId, cite, citation, disabled }: PartBProps) {
  const titleId = `q-${questionId}-part-b`;
  return (
    <section aria-labelledby={titleId} className="mt-4 border-t border-rule pt-3">
      <p className="text-sm font-semibold text-muted">
        Part B{cite.points !== 1 && ` · ${cite.points} points`}
      </p>
      <h4 id={titleId} className="mt-1 font-semibold">
        {cite.prompt}
      </h4>
      <CiteInput target={{ questionId, part: 'cite' }} selected={citation} disabled={disabled} describedBy={titleId} />
    </section>
  );
}
