import { describe, expect, it } from 'vitest';

import { chooseDistractors, type SpeakerCandidate } from '@/lib/drafting';

const CANDIDATES: SpeakerCandidate[] = [
  { name: 'Moritz Rudolf', quoted: true, paragraphs: [3, 4, 18] },
  { name: 'Andrew Small', quoted: true, paragraphs: [7, 10, 16] },
  { name: 'Xi Jinping', quoted: true, paragraphs: [0, 1, 11] },
  { name: 'Oleksiy Danilov', quoted: true, paragraphs: [15] },
  { name: 'Volodymyr Zelenskyy', quoted: false, paragraphs: [2, 15] },
];

describe('chooseDistractors', () => {
  it.each([
    ['the nearest quoted speakers', 'Moritz Rudolf', 3, ['Xi Jinping', 'Andrew Small', 'Oleksiy Danilov']],
    ['anyone named in the same paragraph first', 'Oleksiy Danilov', 15, ['Volodymyr Zelenskyy', 'Andrew Small', 'Moritz Rudolf']],
    ['never the answer, whatever its case', 'andrew small', 7, ['Moritz Rudolf', 'Xi Jinping', 'Oleksiy Danilov']],
  ])('offers %s', (_name, answer, paragraph, expected) => {
    expect(chooseDistractors(answer, paragraph, CANDIDATES)).toEqual(expected);
  });

  it('offers fewer when the article has fewer speakers', () => {
    expect(chooseDistractors('Moritz Rudolf', 3, CANDIDATES.slice(0, 2))).toEqual(['Andrew Small']);
  });
});
