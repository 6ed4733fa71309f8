/**
 * A file id from a title: ASCII letters and digits in lowercase, words joined
 * by single hyphens, at most `max` characters cut at a word boundary.
 * Accents are folded ("Zürich" → "zurich"), apostrophes vanish ("China’s" →
 * "chinas"), any other character separates words. Returns "" when nothing
 * Latin is left (a title in Chinese, say), so the caller must ask for an id.
 */
const LETTERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ß/g, 'ss'],
  [/[æÆ]/g, 'ae'],
  [/[œŒ]/g, 'oe'],
  [/[øØ]/g, 'o'],
  [/[đĐðÐ]/g, 'd'],
  [/[łŁ]/g, 'l'],
  [/[þÞ]/g, 'th'],
  [/ı/g, 'i'],
  [/&/g, ' and '],
];

export function slugify(title: string, max = 60): string {
  const slug = LETTERS.reduce((text, [pattern, ascii]) => text.replace(pattern, ascii), title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`´]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const lastHyphen = slug.slice(0, max + 1).lastIndexOf('-');
  return (lastHyphen > 0 ? slug.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}
