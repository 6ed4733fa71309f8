import { distance } from 'fastest-levenshtein';

import { normaliseAnswer } from './normalise-answer';

/**
 * How many single-character edits a typed answer may be away from an accepted
 * one, as H5P's "accept minor spelling errors": none up to 3 letters, one from
 * 4 to 9 letters, two from 10 letters on. Answers with digits in them must be
 * exact: "2023" is not a typo of "2022".
 */
export function allowedTypos(length: number): number {
  if (length > 9) return 2;
  if (length > 3) return 1;
  return 0;
}

export interface TypedMatchOptions {
  typos: boolean;
}

/**
 * Accepted answers come from the content, so there are only so many: each is
 * normalised once per server, not on every request that scores it.
 */
const normalisedAccepted = new Map<string, string>();
function normaliseAccepted(candidate: string): string {
  let normalised = normalisedAccepted.get(candidate);
  if (normalised === undefined) {
    normalised = normaliseAnswer(candidate);
    normalisedAccepted.set(candidate, normalised);
  }
  return normalised;
}

/** Whether a typed answer matches any accepted answer after normalisation. */
export function matchesTypedAnswer(typed: string, accepted: readonly string[], { typos }: TypedMatchOptions): boolean {
  const given = normaliseAnswer(typed);
  if (given.length === 0) return false;
  return accepted.some((candidate) => {
    const target = normaliseAccepted(candidate);
    if (given === target) return true;
    if (!typos || /\d/.test(target)) return false;
    return distance(given, target) <= allowedTypos(target.length);
  });
}
