/**
 * Matching what a student typed against the accepted answers: a canonical
 * form for comparison, a few forgiven typos, and dates read at the precision
 * the question asks for.
 */
import * as chrono from 'chrono-node';
import { distance } from 'fastest-levenshtein';

import { collapseWhitespace, foldTypography } from '@/lib/text';

const LEADING_ARTICLE = /^(?:the|an|a)\s+/;

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
  return words.replace(LEADING_ARTICLE, '');
}

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

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

function partsOf(isoPartial: string): DateParts {
  const [year, month, day] = isoPartial.split('-').map(Number);
  return { year: year ?? NaN, month, day };
}

/**
 * Reads what a typed answer says about a date, as far as it is certain: a bare
 * year ("2022", "in 2022"), a month ("March 2023") or a day ("20 March 2023", "3/20/2023").
 */
function readTypedDate(typed: string): DateParts | null {
  const year = /^(?:in |during |year )?(\d{4})$/.exec(normaliseAnswer(typed));
  if (year) return { year: Number(year[1]) };
  // Strict parsing reads full dates; the casual parser also reads "March 2023",
  // but only a text that writes its year out is trusted, never "last month".
  const reference = new Date(Date.UTC(2000, 0, 1));
  const [result] = chrono.strict.parse(typed, reference).concat(chrono.parse(typed, reference).filter((r) => /\b\d{4}\b/.test(r.text)));
  if (!result) return null;
  const { start } = result;
  if (!start.isCertain('year')) return null;
  const parts: DateParts = { year: start.get('year') ?? NaN };
  if (start.isCertain('month')) parts.month = start.get('month') ?? undefined;
  if (parts.month !== undefined && start.isCertain('day')) parts.day = start.get('day') ?? undefined;
  return parts;
}

/**
 * Whether a typed answer names the expected date at the same precision: a
 * year question wants the year, a day question wants year, month and day.
 */
export function matchesDate(typed: string, expected: string): boolean {
  const want = partsOf(expected);
  const got = readTypedDate(typed);
  if (!got) return false;
  return got.year === want.year && got.month === want.month && got.day === want.day;
}
