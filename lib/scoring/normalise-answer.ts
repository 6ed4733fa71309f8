import { foldTypography } from '@/lib/text/fold-typography';

const LEADING_ARTICLE = /^(?:the|an|a)\s+/;

/**
 * Brings a typed answer to a canonical form before comparison: Unicode NFC,
 * lower case, typography folded, punctuation dropped, whitespace collapsed,
 * and a leading "the", "a" or "an" removed.
 */
export function normaliseAnswer(input: string): string {
  const folded = foldTypography(input.normalize('NFC')).toLocaleLowerCase('en');
  const words = folded
    .replace(/['’]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words.replace(LEADING_ARTICLE, '');
}
