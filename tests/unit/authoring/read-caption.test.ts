import { describe, expect, it } from 'vitest';

import { readCaption } from '@/lib/authoring';

describe('readCaption', () => {
  it.each([
    [
      'the seed’s capitals',
      'CHINESE PRESIDENT XI JINPING LANDED IN MOSCOW. PHOTO: SERGIO LIMA/AFP',
      { caption: 'CHINESE PRESIDENT XI JINPING LANDED IN MOSCOW.', credit: 'SERGIO LIMA/AFP' },
    ],
    ['sentence case', 'Xi landed in Moscow. Photo: Sergio Lima/AFP', { caption: 'Xi landed in Moscow.', credit: 'Sergio Lima/AFP' }],
    ['a credit in brackets', 'Xi in Moscow (Photo: Sergio Lima/AFP)', { caption: 'Xi in Moscow', credit: 'Sergio Lima/AFP' }],
    ['"Photo credit:"', 'Xi in Moscow. Photo credit: Getty Images', { caption: 'Xi in Moscow.', credit: 'Getty Images' }],
    ['"Photograph:"', 'Xi in Moscow. Photograph: AP', { caption: 'Xi in Moscow.', credit: 'AP' }],
    ['a credit alone', 'PHOTO: SERGIO LIMA/AFP', { caption: '', credit: 'SERGIO LIMA/AFP' }],
    ['curly quotes kept', 'Xi’s “friend” Putin. PHOTO: AFP  ', { caption: 'Xi’s “friend” Putin.', credit: 'AFP' }],
  ])('reads %s', (_name, line, expected) => {
    expect(readCaption(line)).toEqual(expected);
  });

  it.each([
    ['a sentence mentioning a photo', 'She shared one photo: a cat asleep on a chair.'],
    ['a telephoto lens', 'He used a telephoto: it was long.'],
    ['an empty credit', 'Xi in Moscow. PHOTO:'],
    ['a credit that is a sentence', 'PHOTO: the president and his counterpart walked together through the hall of the Kremlin today'],
    ['no keyword', 'Xi Jinping landed in Moscow on Monday.'],
  ])('ignores %s', (_name, line) => {
    expect(readCaption(line)).toBeNull();
  });
});
