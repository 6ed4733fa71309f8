import { describe, expect, it } from 'vitest';

import { normaliseAnswer } from '@/lib/scoring';

describe('normaliseAnswer', () => {
  it.each([
    ['lower-cases', 'MOSCOW', 'moscow'],
    ['trims and collapses spaces', '  Saudi   Arabia  ', 'saudi arabia'],
    ['treats tabs and newlines as spaces', 'Saudi\tArabia\nand Iran', 'saudi arabia and iran'],
    ['treats a no-break space as a space', 'German\u00A0Marshall\u2009Fund', 'german marshall fund'],
    ['drops a straight apostrophe inside a word', "Xi's", 'xis'],
    ['drops a curly apostrophe inside a word', 'Xi’s', 'xis'],
    ['drops curly double quotes', '“no-limits”', 'no limits'],
    ['turns an em dash into a word break', 'peace—deal', 'peace deal'],
    ['turns a hyphen into a word break', 'three-day', 'three day'],
    ['drops full stops in abbreviations', 'U.S.', 'u s'],
    ['drops trailing punctuation', 'Moscow!?', 'moscow'],
    ['drops symbols such as &', 'Saudi Arabia & Iran', 'saudi arabia iran'],
    ['drops a leading "the"', 'The German Marshall Fund', 'german marshall fund'],
    ['drops a leading "a"', 'a peace plan', 'peace plan'],
    ['drops a leading "an"', 'An airport', 'airport'],
    ['drops a leading article after stripped punctuation', '"The Kremlin"', 'kremlin'],
    ['keeps "the" at the start of a word', 'theatre', 'theatre'],
    ['keeps "a" at the start of a word', 'Andrew Small', 'andrew small'],
    ['keeps "an" at the start of a word', 'Anthem', 'anthem'],
    ['keeps "the" in the middle', 'Moritz the fellow', 'moritz the fellow'],
    ['keeps a lone "the"', 'The', 'the'],
    ['keeps accents', 'Café', 'café'],
    ['keeps digits', 'in 2022', 'in 2022'],
    ['keeps a minus sign before a number', '-3', '-3'],
    ['keeps a typographic minus sign, folded', '\u22123 degrees', '-3 degrees'],
    ['keeps a minus sign after a space or bracket', 'about (-40)', 'about -40'],
    ['treats a hyphen between digits as a word break', '2022-23', '2022 23'],
    ['treats a hyphen after a letter as a word break', 'covid-19', 'covid 19'],
    ['drops a hyphen before a letter', '-minus', 'minus'],
    ['turns an empty string into an empty string', '', ''],
    ['turns whitespace only into an empty string', ' \t\u00A0\n', ''],
    ['turns punctuation only into an empty string', '…?!—', ''],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(normaliseAnswer(input)).toBe(expected);
  });

  it.each([
    ['composed and decomposed é', 'café', 'cafe\u0301'],
    ['composed and decomposed capital É', 'École', 'E\u0301cole'],
    ['case', 'Zelenskyy', 'ZELENSKYY'],
    ['curly and straight apostrophes', '“Xi’s”', '"Xi\'s"'],
    ['an en dash and a hyphen', 'Saudi–Iran', 'Saudi-Iran'],
    ['odd spacing', ' Vnukovo\u00A0 International\tAirport ', 'Vnukovo International Airport'],
    ['with and without a leading article', 'the German Marshall Fund', 'German Marshall Fund'],
  ])('treats %s as the same', (_name, a, b) => {
    expect(normaliseAnswer(a)).toBe(normaliseAnswer(b));
  });

  it.each([
    ['an accent and no accent', 'café', 'cafe'],
    ['different years', '2022', '2023'],
    ['"theatre" and "atre"', 'theatre', 'atre'],
  ])('keeps %s apart', (_name, a, b) => {
    expect(normaliseAnswer(a)).not.toBe(normaliseAnswer(b));
  });
});
