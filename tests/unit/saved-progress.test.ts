import { describe, expect, it } from 'vitest';

import { readSavedProgress, quizStorageKey, type SavedSet } from '@/lib/quiz';

const SET: SavedSet = {
  id: 'xi-jinping-in-russia',
  questionHashes: { a: 'ha', b: 'hb', c: 'hc' },
  questions: [
    { id: 'a', kind: 'short-text' },
    { id: 'b', kind: 'claim' },
    { id: 'c', kind: 'order' },
  ],
};

const storageWith = (value: string | null): Pick<Storage, 'getItem'> => ({ getItem: (key) => (key === quizStorageKey(SET.id) ? value : null) });
const saved = (state: unknown) => storageWith(JSON.stringify({ state, version: 2 }));
const noSubmission = { submitted: false, lastScore: null, at: 0 };

describe('readSavedProgress', () => {
  it('counts saved answers to questions that are still the same', () => {
    const state = {
      questions: {
        a: { hash: 'ha', at: 1, answer: 'Moscow' },
        b: { hash: 'changed', at: 2, answer: 'true' },
        c: { hash: 'hc', at: 3 },
        gone: { hash: 'hg', at: 4, answer: 'y' },
      },
      submission: { submitted: true, lastScore: { score: 2.5, maxScore: 38, at: '2026-11-30T10:00:00.000Z' }, at: 5 },
    };
    expect(readSavedProgress(saved(state), SET)).toEqual({ answered: 1, lastScore: { score: 2.5, maxScore: 38 } });
  });

  it('counts a question with a Part B only when both parts are answered', () => {
    const paired: SavedSet = { ...SET, questions: [{ id: 'a', kind: 'short-text', cite: true }, { id: 'b', kind: 'claim', cite: true }, { id: 'c', kind: 'order' }] };
    const state = {
      questions: { a: { hash: 'ha', at: 1, answer: 'x', citation: ['3.2'] }, b: { hash: 'hb', at: 2, answer: 'false' }, c: { hash: 'hc', at: 3, answer: ['x'] } },
      submission: noSubmission,
    };
    expect(readSavedProgress(saved(state), paired)).toEqual({ answered: 2, lastScore: null });
  });

  it('does not count an answer of the wrong shape for its question’s kind', () => {
    const state = { questions: { a: { hash: 'ha', at: 1, answer: ['Moscow'] }, b: { hash: 'hb', at: 2, answer: 'maybe' }, c: { hash: 'hc', at: 3, answer: 'x, y' } }, submission: noSubmission };
    expect(readSavedProgress(saved(state), SET)).toEqual({ answered: 0, lastScore: null });
  });

  it.each<[string, Pick<Storage, 'getItem'>]>([
    ['nothing saved', storageWith(null)],
    ['storage that throws', { getItem: () => { throw new DOMException('denied', 'SecurityError'); } }],
    ['corrupt JSON', storageWith('{"state": {')],
    ['JSON that is not what the app saves', storageWith('[1, 2]')],
  ])('returns null for %s', (_name, storage) => {
    expect(readSavedProgress(storage, SET)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['a foreign shape', { answers: { a: 'Moscow' } }],
    ['a number', 42],
    ['questions that are not objects', { questions: { a: 'Moscow' } }],
  ])('counts no progress for %s', (_name, state) => {
    expect(readSavedProgress(saved(state), SET)).toEqual({ answered: 0, lastScore: null });
  });
});
