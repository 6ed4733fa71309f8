import { describe, expect, it } from 'vitest';

import { laysOutWhenIdle, skipsLayoutOffscreen } from '@/lib/quiz';

describe('skipsLayoutOffscreen', () => {
  it.each([
    [1, false],
    [4, false],
    [5, true],
    [42, true],
    [200, true],
  ])('question %d: %s', (number, skips) => expect(skipsLayoutOffscreen(number)).toBe(skips));
});

describe('laysOutWhenIdle', () => {
  it.each([
    [1, true],
    [42, true],
    [60, true],
    [61, false],
    [200, false],
  ])('a set of %d questions: %s', (questions, later) => expect(laysOutWhenIdle(questions)).toBe(later));
});
