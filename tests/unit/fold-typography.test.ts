import { describe, expect, it } from 'vitest';

import { foldTypography } from '@/lib/text';

describe('foldTypography', () => {
  it.each([
    ['left single quote', '\u2018', "'"],
    ['right single quote (curly apostrophe)', '\u2019', "'"],
    ['low single quote', '\u201A', "'"],
    ['modifier letter apostrophe', '\u02BC', "'"],
    ['prime', '\u2032', "'"],
    ['backtick', '`', "'"],
    ['acute accent', '\u00B4', "'"],
    ['left double quote', '\u201C', '"'],
    ['right double quote', '\u201D', '"'],
    ['low double quote', '\u201E', '"'],
    ['guillemet open', '\u00AB', '"'],
    ['guillemet close', '\u00BB', '"'],
    ['hyphen (U+2010)', '\u2010', '-'],
    ['en dash', '\u2013', '-'],
    ['em dash', '\u2014', '-'],
    ['horizontal bar', '\u2015', '-'],
    ['minus sign', '\u2212', '-'],
    ['full-width hyphen', '\uFF0D', '-'],
    ['no-break space', '\u00A0', ' '],
    ['thin space', '\u2009', ' '],
    ['narrow no-break space', '\u202F', ' '],
    ['ideographic space', '\u3000', ' '],
  ])('folds a %s', (_name, input, expected) => {
    expect(foldTypography(input)).toBe(expected);
  });

  it.each([
    ['a curly-quoted possessive', '“Xi’s visit”', '"Xi\'s visit"'],
    ['a dash between words', 'parts—“dual-use equipment”', 'parts-"dual-use equipment"'],
    ['a date range', '2022–2023', '2022-2023'],
  ])('folds %s', (_name, input, expected) => {
    expect(foldTypography(input)).toBe(expected);
  });

  it.each([
    ['plain ASCII', "Xi's \"no-limits\" partnership"],
    ['accented letters', 'Zelenskyy café naïve'],
    ['newlines and tabs', 'one\n\ttwo'],
    ['empty string', ''],
  ])('leaves %s unchanged', (_name, input) => {
    expect(foldTypography(input)).toBe(input);
  });

  it('maps one character to one character, so offsets stay valid', () => {
    const input = '“Xi’s”\u00A0— a\u2009‘no-limits’ «pact» – 2023';
    expect(foldTypography(input)).toHaveLength(input.length);
  });
});
