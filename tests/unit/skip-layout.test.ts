import { describe, expect, it } from 'vitest';

import { skipsLayoutOffscreen } from '@/lib/quiz/skip-layout';

describe('skipsLayoutOffscreen', () => {
  it.each([
    [1, 200, false],
    [4, 200, false],
    [5, 200, true],
    [200, 200, true],
    [5, 60, false],
    [42, 42, false],
    [5, 61, true],
  ])('question %d of %d: %s', (number, questions, skips) => expect(skipsLayoutOffscreen(number, questions)).toBe(skips));
});
