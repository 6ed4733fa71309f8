import { describe, expect, it } from 'vitest';

import { findQuote, normaliseQuote } from '@/lib/text';

const ARTICLE =
  'He was greeted by Russia’s deputy prime minister.\n\n' +
  'Customs data showed it sold “hunting rifles,” body armor, and fighter-jet and drone parts—“dual-use equipment”   that has both civilian\nand military applications.';

describe('findQuote', () => {
  it.each([
    ['an exact substring', 'deputy prime minister', 'deputy prime minister'],
    ['a straight apostrophe for a curly one', "Russia's deputy", 'Russia’s deputy'],
    ['straight double quotes for curly ones', 'sold "hunting rifles," body armor', 'sold “hunting rifles,” body armor'],
    ['a hyphen for an em dash', 'drone parts-"dual-use equipment"', 'drone parts—“dual-use equipment”'],
    ['an en dash for an em dash', 'drone parts–“dual-use', 'drone parts—“dual-use'],
    ['single spaces for a run of spaces', 'equipment” that has', 'equipment”   that has'],
    ['a space for a newline', 'civilian and military', 'civilian\nand military'],
    ['a newline and tab in the quote', 'both\n\tcivilian', 'both civilian'],
    ['surrounding whitespace in the quote', '   He was greeted  ', 'He was greeted'],
    ['the very end of the text', 'military applications.', 'military applications.'],
  ])('matches %s and returns offsets into the original text', (_name, quote, passage) => {
    const match = findQuote(ARTICLE, quote);
    expect(match).not.toBeNull();
    expect(ARTICLE.slice(match!.start, match!.end)).toBe(passage);
  });

  it('finds the first occurrence when a quote appears twice', () => {
    const text = 'peace — then war — then peace';
    expect(findQuote(text, 'peace')).toEqual({ start: 0, end: 5 });
  });

  it('maps offsets past collapsed whitespace correctly', () => {
    const text = '   a  \n\n  b   c';
    const match = findQuote(text, 'b c');
    expect(match).toEqual({ start: 10, end: 15 });
    expect(text.slice(match!.start, match!.end)).toBe('b   c');
  });

  it.each([
    ['a passage not in the text', 'hunting shotguns'],
    ['a quote spanning words that are not adjacent', 'greeted Russia’s'],
    ['a different letter case', 'HE WAS GREETED'],
    ['an empty quote', ''],
    ['a quote of only whitespace', ' \n\t '],
  ])('returns null for %s', (_name, quote) => {
    expect(findQuote(ARTICLE, quote)).toBeNull();
  });

  it('returns null when the text is empty', () => {
    expect(findQuote('', 'anything')).toBeNull();
  });
});

describe('normaliseQuote', () => {
  it.each([
    ['folds typography', '“Xi’s”—plan', '"Xi\'s"-plan'],
    ['collapses and trims whitespace', '  one \n\n two\t three  ', 'one two three'],
    ['turns a no-break space into a space', 'no\u00A0limits', 'no limits'],
    ['leaves an empty string empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(normaliseQuote(input)).toBe(expected);
  });
});
