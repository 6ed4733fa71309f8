import { areAdjacent } from '@/lib/text';

/** What a right sentence earns, what a sentence next to a missed right one earns, and what any other sentence costs. */
export const CITE_CREDIT = { right: 1, adjacent: 0.5, extra: 0.5 } as const;

/**
 * How much credit a selection of sentences earns against the right ones, from
 * 0 to 1 (docs/scoring.md, "Cited sentences"):
 * (right sentences selected + ½ × sentences selected next to a missed right
 * one, in the same paragraph − ½ × every other sentence selected) ÷ the
 * number of right sentences, never below 0. Exactly the right sentences earn
 * full credit; each sentence next to a missed one counts for one missed
 * sentence only, the first in reading order.
 */
export function citeFraction(selected: readonly string[], right: readonly string[]): number {
  if (right.length === 0) return 0;
  const chosen = new Set(selected);
  const rightSet = new Set(right);
  const hits = [...chosen].filter((id) => rightSet.has(id)).length;
  const others = [...chosen].filter((id) => !rightSet.has(id));
  let near = 0;
  for (const missed of right.filter((id) => !chosen.has(id))) {
    const at = others.findIndex((id) => areAdjacent(id, missed));
    if (at < 0) continue;
    near++;
    others.splice(at, 1);
  }
  const credit = hits * CITE_CREDIT.right + near * CITE_CREDIT.adjacent - others.length * CITE_CREDIT.extra;
  return Math.min(1, Math.max(0, credit / rightSet.size));
}
