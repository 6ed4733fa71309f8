import { describe, expect, it } from 'vitest';

import { numberWithin, readDigits, readNumberWords, readTypedNumber } from '@/lib/scoring';

describe('readTypedNumber: the one number a typed answer states', () => {
  it.each<[string, number | null]>([
    // Digits, with units and other words dropped.
    ['14', 14],
    ['14 agreements', 14],
    ['They signed 14.', 14],
    ['about 14', 14],
    ['  14  ', 14],
    ['14th', 14],
    ['5km', 5],
    // Words.
    ['fourteen', 14],
    ['Fourteen.', 14],
    ['fourteen agreements', 14],
    ['twenty-one', 21],
    ['twenty one', 21],
    ['a hundred', 100],
    ['one hundred and five', 105],
    ['two thousand and twenty-two', 2022],
    ['zero', 0],
    ['None.', 0],
    ['no idea', null],
    ['three million', 3_000_000],
    ['a million people', 1_000_000],
    // Thousands separators and the decimal mark.
    ['1,200', 1200],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['1\u202f200', 1200],
    ['12,000,000', 12_000_000],
    ['1.200.000', 1_200_000],
    ['3.5', 3.5],
    ['3,5', 3.5],
    ['3,50', 3.5],
    ['0,125', 0.125],
    ['1.200', 1.2],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['.5', 0.5],
    // Scales, percentages and money.
    ['1.2 million', 1_200_000],
    ['3.5bn', 3_500_000_000],
    ['40%', 40],
    ['40 percent', 40],
    ['40 per cent', 40],
    ['$3.5 billion', 3_500_000_000],
    ['$2m', 2_000_000],
    ['£30k', 30_000],
    ['€1,200', 1200],
    ['1.2m', 1.2],
    // Signs.
    ['-3', -3],
    ['−3', -3],
    ['minus three', -3],
    ['negative 3.5', -3.5],
    ['-$3', -3],
    ['3-5', null],
    // Full-width digits, as some keyboards type them.
    ['１４', 14],
    // No number, or more than one.
    ['', null],
    ['many', null],
    ['12 or 14', null],
    ['between 12 and 16', null],
    ['12 14', null],
    ['fourteen fifteen', null],
    ['1,2,3', null],
    ['one point five', null],
  ])('%j → %s', (typed, expected) => {
    expect(readTypedNumber(typed)).toBe(expected);
  });
});

describe('readDigits: separators and the decimal mark', () => {
  it.each<[string, number | null]>([
    ['2022', 2022],
    ['1,200', 1200],
    ['3,5', 3.5],
    ['1,20,000', null],
    ['0,200', 0.2],
  ])('%j → %s', (written, expected) => {
    expect(readDigits(written)).toBe(expected);
  });
});

describe('readNumberWords', () => {
  it.each<[string, number | null]>([
    ['nineteen', 19],
    ['ninety nine', 99],
    ['nine ninety', null],
    ['hundred hundred', null],
    ['two hundred thousand', 200_000],
    ['and', null],
  ])('%j → %s', (words, expected) => {
    expect(readNumberWords(words.split(' '))).toBe(expected);
  });
});

describe('numberWithin', () => {
  it.each<[string, number, number, boolean]>([
    ['14', 14, 14, true],
    ['fourteen', 14, 14, true],
    ['13', 14, 14, false],
    ['12', 12, 16, true],
    ['16.0', 12, 16, true],
    ['16.1', 12, 16, false],
    ['3.13', 3.14 - 0.01, 3.14 + 0.01, true],
    ['3.15', 3.14 - 0.01, 3.14 + 0.01, true],
    ['3.16', 3.14 - 0.01, 3.14 + 0.01, false],
    ['none', 0, 0, true],
    ['no idea', 0, 0, false],
  ])('%j in [%d, %d] → %s', (typed, min, max, expected) => {
    expect(numberWithin(typed, min, max)).toBe(expected);
  });
});
