import { describe, expect, it } from 'vitest';

import { READING_WORDS_PER_MINUTE, readingMinutes } from '@/lib/content';

import { loadSeedArticle } from './support/seed';

describe('readingMinutes', () => {
  it('reads at 200 words a minute', () => {
    expect(READING_WORDS_PER_MINUTE).toBe(200);
  });

  it.each([
    [0, 1],
    [1, 1],
    [150, 1],
    [299, 1],
    [300, 2],
    [400, 2],
    [988, 5],
    [1000, 5],
    [1099, 5],
    [1100, 6],
    [6000, 30],
  ])('%i words take %i minute(s)', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });

  it('gives the seed article about five minutes', () => {
    expect(readingMinutes(loadSeedArticle().wordCount)).toBe(5);
  });
});
