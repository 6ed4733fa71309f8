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
