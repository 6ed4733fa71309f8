/**
 * Matching what a student typed against the accepted answers: a canonical
 * form for comparison and a few forgiven typos. Dates are read in
 * typed-dates.ts.
 */
import { distance } from 'fastest-levenshtein';

import { collapseWhitespace, foldTypography } from '@/lib/text';

/**
 * Brings a typed answer to a canonical form before comparison: Unicode NFC,
 * lower case, typography folded, punctuation dropped (but a minus sign before
 * a number kept), whitespace collapsed, and a leading "the", "a" or "an" removed.
 */
export function normaliseAnswer(input: string): string {
  // toLowerCase is toLocaleLowerCase('en'): only Turkish, Azeri and Lithuanian lower case differently.
  const folded = foldTypography(input.normalize('NFC')).toLowerCase();
  const words = collapseWhitespace(
    folded
      .replace(/['’]/g, '')
      // Punctuation becomes a word break, except a minus sign: "-3" is not "3".
      .replace(/((?<![\p{L}\p{N}])-(?=\p{N}))|[\p{P}\p{S}]/gu, (_mark, minus?: string) => (minus ? '-' : ' ')),
  ).trim();
  return words.replace(/^(?:the|an|a)\s+/, '');
}

/**
 * How many single-character edits a typed answer may be away from an accepted
 * one, as H5P's "accept minor spelling errors": none up to 3 letters, one from
 * 4 to 9 letters, two from 10 letters on. Answers with digits in them must be
 * exact: "2023" is not a typo of "2022".
 */
export function allowedTypos(length: number): number {
  return length > 9 ? 2 : length > 3 ? 1 : 0;
}

/** Whether a typed answer matches any accepted answer after normalisation. */
export function matchesTypedAnswer(typed: string, accepted: readonly string[], { typos }: { typos: boolean }): boolean {
  const given = normaliseAnswer(typed);
  if (given.length === 0) return false;
  return accepted.some((candidate) => {
    const target = normaliseAnswer(candidate);
    if (given === target) return true;
    if (!typos || /\d/.test(target)) return false;
    return distance(given, target) <= allowedTypos(target.length);
  });
}
