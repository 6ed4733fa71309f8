import { describe, expect, it } from 'vitest';

import { quizStorageKey, STORAGE_VERSION } from '@/lib/quiz';

describe('quizStorageKey', () => {
  it.each([
    ['xi-jinping-in-russia', `close-reader:v${STORAGE_VERSION}:xi-jinping-in-russia`],
    ['a', `close-reader:v${STORAGE_VERSION}:a`],
  ])('keeps the work on set %s under its own versioned key', (setId, key) => {
    expect(quizStorageKey(setId)).toBe(key);
  });

  it('gives two sets two keys', () => {
    expect(quizStorageKey('one')).not.toBe(quizStorageKey('two'));
  });
});
