/**
 * Matching what a student typed against the accepted answers: a canonical
 * form for comparison, a few forgiven typos, and dates read at the precision
 * the question asks for.
 */
import * as chrono from 'chrono-node';
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

/**
 * What a typed answer says about a date, as far as it is certain, written as
 * questions write theirs: a bare year ("2022", "in 2022") as "2022", a month
 * ("March 2023") as "2023-03", a day ("20 March 2023", "3/20/2023") as "2023-03-20".
 */
function readTypedDate(typed: string): string | null {
  const year = /^(?:in |during |year )?(\d{4})$/.exec(normaliseAnswer(typed));
  if (year) return year[1] ?? null;
  // Strict parsing reads full dates; the casual parser also reads "March 2023",
  // but only a text that writes its year out is trusted, never "last month".
  const reference = new Date(Date.UTC(2000, 0, 1));
  const [result] = chrono.strict.parse(typed, reference).concat(chrono.parse(typed, reference).filter((r) => /\b\d{4}\b/.test(r.text)));
  if (!result?.start.isCertain('year')) return null;
  const { start } = result;
  const precision = !start.isCertain('month') ? 1 : start.isCertain('day') ? 3 : 2;
  return (['year', 'month', 'day'] as const).slice(0, precision).map((part) => String(start.get(part)).padStart(part === 'year' ? 4 : 2, '0')).join('-');
}

/**
 * Whether a typed answer names the expected date (as the schema writes it:
 * YYYY, YYYY-MM or YYYY-MM-DD) at the same precision: a year question wants
 * the year, a day question wants year, month and day.
 */
export function matchesDate(typed: string, expected: string): boolean {
  return readTypedDate(typed) === expected;
}
