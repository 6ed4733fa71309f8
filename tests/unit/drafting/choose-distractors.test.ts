import { describe, expect, it } from 'vitest';

import { chooseDistractors, isVariantOf, type SpeakerCandidate } from '@/lib/drafting';

const CANDIDATES: SpeakerCandidate[] = [
  { name: 'Moritz Rudolf', person: true, quoted: true, paragraphs: [3, 4, 18] },
  { name: 'Andrew Small', person: true, quoted: true, paragraphs: [7, 10, 16] },
  { name: 'Xi Jinping', person: true, quoted: true, paragraphs: [0, 1, 11] },
  { name: 'Oleksiy Danilov', person: true, quoted: true, paragraphs: [15] },
  { name: 'Volodymyr Zelenskyy', person: true, quoted: false, paragraphs: [2, 15] },
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

describe('isVariantOf', () => {
  it.each([
    ['Wendy Sherman', 'Sherman', true],
    ['Wendy Sherman', 'Under Secretary of State for Political Affairs Wendy Sherman', true],
    ['China’s foreign ministry', 'China', true],
    ['Chinese foreign ministry', 'China’s foreign ministry', true],
    ['Wendy Sherman', 'Mohammad Javad Zarif', false],
    ['State Department', 'Voice of America', false],
  ])('%s and %s: %s', (name, other, expected) => {
    expect(isVariantOf(name, other)).toBe(expected);
  });

  it('never offers a variant of the answer or of another choice', () => {
    const candidates: SpeakerCandidate[] = [
      { name: 'Wendy Sherman', person: true, quoted: true, paragraphs: [1] },
      { name: 'Sherman', person: true, quoted: false, paragraphs: [1] },
      { name: 'Catherine Ashton', person: true, quoted: false, paragraphs: [1] },
      { name: 'Ashton', person: true, quoted: false, paragraphs: [1] },
      { name: 'State Department', person: false, quoted: false, paragraphs: [2] },
    ];
    expect(chooseDistractors('Wendy Sherman', 1, candidates)).toEqual(['Catherine Ashton', 'State Department']);
  });
});
