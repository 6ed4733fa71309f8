import { describe, expect, it } from 'vitest';

import { readSavedProgress, quizStorageKey } from '@/lib/quiz';

const SET = 'xi-jinping-in-russia';
const HASHES = { a: 'ha', b: 'hb', c: 'hc' };

const storageWith = (value: string | null): Pick<Storage, 'getItem'> => ({ getItem: (key) => (key === quizStorageKey(SET) ? value : null) });
const saved = (state: unknown) => storageWith(JSON.stringify({ state, version: 2 }));

describe('readSavedProgress', () => {
  it('counts saved answers to questions that are still the same', () => {
    const state = {
      questions: {
        a: { hash: 'ha', at: 1, answer: 'Moscow' },
        b: { hash: 'changed', at: 2, answer: 'x' },
        c: { hash: 'hc', at: 3 },
        gone: { hash: 'hg', at: 4, answer: 'y' },
      },
      submission: { submitted: true, lastScore: { score: 2.5, maxScore: 38, at: '2026-11-30T10:00:00.000Z' }, at: 5 },
    };
    expect(readSavedProgress(saved(state), SET, HASHES)).toEqual({ answered: 1, lastScore: { score: 2.5, maxScore: 38 } });
  });

  it('counts a question with a Part B only when both parts are answered', () => {
    const state = {
      questions: { a: { hash: 'ha', at: 1, answer: 'true', citation: ['3.2'] }, b: { hash: 'hb', at: 2, answer: 'false' }, c: { hash: 'hc', at: 3, answer: 'x' } },
      submission: { submitted: false, lastScore: null, at: 0 },
    };
    const questions = [{ id: 'a', cite: true }, { id: 'b', cite: true }, { id: 'c' }];
    expect(readSavedProgress(saved(state), SET, HASHES, questions)).toEqual({ answered: 2, lastScore: null });
  });

  it.each<[string, Pick<Storage, 'getItem'>]>([
    ['nothing saved', storageWith(null)],
    ['storage that throws', { getItem: () => { throw new DOMException('denied', 'SecurityError'); } }],
    ['corrupt JSON', storageWith('{"state": {')],
  ])('returns null for %s', (_name, storage) => {
    expect(readSavedProgress(storage, SET, HASHES)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['a foreign shape', { answers: { a: 'Moscow' } }],
    ['a number', 42],
    ['questions that are not objects', { questions: { a: 'Moscow' } }],
  ])('counts no progress for %s', (_name, state) => {
    expect(readSavedProgress(saved(state), SET, HASHES)).toEqual({ answered: 0, lastScore: null });
  });
});
