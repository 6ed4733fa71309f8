import { describe, expect, it } from 'vitest';

import { readByline } from '@/lib/authoring';

describe('readByline', () => {
  it.each([
    ['By Rachel Cheung', 'Rachel Cheung'],
    ['BY RACHEL CHEUNG', 'RACHEL CHEUNG'],
    ['by Rachel Cheung', 'Rachel Cheung'],
    ['Written by Rachel Cheung', 'Rachel Cheung'],
    ['By Rachel Cheung, VICE World News', 'Rachel Cheung'],
    ['By Rachel Cheung for VICE World News', 'Rachel Cheung'],
    ['By Ana Lima and Bo Chen', 'Ana Lima and Bo Chen'],
    ['By Ana Lima, Bo Chen and Cy Oh', 'Ana Lima, Bo Chen and Cy Oh'],
    ['By Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['By Seán O’Brien', 'Seán O’Brien'],
    ['By Reuters', 'Reuters'],
    ['Rachel Cheung, VICE World News', 'Rachel Cheung'],
    ['Rachel Cheung, Staff Writer', 'Rachel Cheung'],
  ])('%j is by %j', (line, author) => {
    expect(readByline(line)).toBe(author);
  });

  it.each([
    'By the end of the day, talks had stalled.',
    'By 2030, trade could double.',
    'Moscow, Russia',
    'Hong Kong, March 20, 2023',
    'Xi Jinping landed in Moscow on Monday.',
    'Rachel Cheung',
    'But China is “reserving a seat at the table,” he said.',
    '',
  ])('%j is not a byline', (line) => {
    expect(readByline(line)).toBeNull();
  });
});
