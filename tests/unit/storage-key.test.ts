import { describe, expect, it } from 'vitest';

import { quizStorageKey, STORAGE_VERSION } from '@/lib/quiz/storage-key';

describe('quizStorageKey', () => {
  it('names the app, the version, the set and its hash', () => {
    expect(quizStorageKey('xi-jinping-in-russia', '81e789b76ec3')).toBe(`close-reader:v${STORAGE_VERSION}:xi-jinping-in-russia:81e789b76ec3`);
  });

  it.each([
    ['another set', ['other-set', 'h1']],
    ['an edited set (new hash)', ['xi-jinping-in-russia', 'h2']],
  ])('differs for %s', (_name, [setId, hash]) => {
    expect(quizStorageKey(setId!, hash!)).not.toBe(quizStorageKey('xi-jinping-in-russia', 'h1'));
  });

  it('is a whole number version', () => {
    expect(Number.isInteger(STORAGE_VERSION)).toBe(true);
  });
});
