import { describe, expect, it } from 'vitest';

import { blankSentence, toSingleQuotes } from '@/lib/drafting';

const blankOut = (sentence: string, words: string, quotes: { start: number; end: number }[] = [], each?: number) => {
  const start = sentence.indexOf(words);
  return blankSentence(sentence, { start, end: start + words.length }, quotes, each);
};

describe('blankSentence', () => {
  it.each([
    ['a short sentence whole', 'Xi landed in Moscow on Monday for talks.', 'Monday', [], undefined, 'Xi landed in Moscow on ____ for talks.'],
    ['a long sentence cut either side', 'one two three four five six seven eight nine ten', 'six', [], 2, '…four five ____ seven eight…'],
    ['quotation marks made single', 'He called it “a journey” on Monday.', 'Monday', [], undefined, 'He called it ‘a journey’ on ____.'],
    ['a long quotation left out rather than cut', '“a b c d e f g h i j k l,” he said on Monday.', 'Monday', [{ start: 0, end: 26 }], 4, '…he said on ____.'],
    ['a short quotation kept whole rather than cut', 'It was once upon a time “a b c” on Monday.', 'Monday', [{ start: 24, end: 31 }], 2, '…‘a b c’ on ____.'],
  ])('keeps %s', (_name, sentence, words, quotes, each, expected) => {
    expect(blankOut(sentence, words, quotes, each)).toBe(expected);
  });
});

describe('toSingleQuotes', () => {
  it.each([
    ['“no-limits” partnership', '‘no-limits’ partnership'],
    ['a "straight" quote', 'a ‘straight’ quote'],
    ['Russia’s', 'Russia’s'],
  ])('%s → %s', (text, expected) => {
    expect(toSingleQuotes(text)).toBe(expected);
  });
});
