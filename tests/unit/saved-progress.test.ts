import { describe, expect, it } from 'vitest';

import { readSavedProgress } from '@/lib/quiz/saved-progress';
import { quizStorageKey } from '@/lib/quiz/storage-key';

const SET = 'xi-jinping-in-russia';
const HASH = 'abc123def456';
const KEY = quizStorageKey(SET, HASH);

/** A tiny stand-in for localStorage holding some raw strings. */
function fakeStorage(items: Record<string, string>): Pick<Storage, 'getItem'> {
  return { getItem: (key) => (Object.hasOwn(items, key) ? (items[key] ?? null) : null) };
}

const saved = (state: unknown) => fakeStorage({ [KEY]: JSON.stringify({ state, version: 1 }) });

describe('readSavedProgress', () => {
  it('reads a real saved shape: answered count and last score', () => {
    const storage = saved({
      answers: {
        'city-xi-landed-in': 'Moscow',
        'china-support-for-russia': ['Financing infrastructure projects'],
        'match-the-speakers': { '0': 'Xi Jinping' },
        'airport-name': '   ',
        'order-of-events': [],
        'claim-discounted-oil': 'true',
      },
      results: {},
      submitted: true,
      lastScore: { score: 2.5, maxScore: 38, at: '2024-05-01T10:00:00.000Z' },
    });
    expect(readSavedProgress(storage, SET, HASH)).toEqual({ answered: 4, lastScore: { score: 2.5, maxScore: 38 } });
  });

  it('reads progress with no submission yet', () => {
    const storage = saved({ answers: { a: 'x' }, results: {}, submitted: false, lastScore: null });
    expect(readSavedProgress(storage, SET, HASH)).toEqual({ answered: 1, lastScore: null });
  });

  it('looks under the key for this set and hash only', () => {
    const storage = fakeStorage({ [quizStorageKey(SET, 'oldhash')]: JSON.stringify({ state: { answers: { a: 'x' } } }) });
    expect(readSavedProgress(storage, SET, HASH)).toBeNull();
  });

  it.each([
    ['nothing saved', fakeStorage({})],
    ['corrupt JSON', fakeStorage({ [KEY]: '{"state": {' })],
    ['an empty string', fakeStorage({ [KEY]: '' })],
    ['JSON null', fakeStorage({ [KEY]: 'null' })],
    ['a number', fakeStorage({ [KEY]: '42' })],
    ['an array', fakeStorage({ [KEY]: '[1, 2]' })],
    ['an object without state', fakeStorage({ [KEY]: '{"answers": {"a": "x"}}' })],
    ['a state that is a string', saved('answers')],
    ['a state that is an array', saved([{ answers: {} }])],
    ['a storage that throws', { getItem: () => { throw new Error('SecurityError'); } }],
  ])('gives null for %s, without throwing', (_name, storage) => {
    expect(readSavedProgress(storage, SET, HASH)).toBeNull();
  });

  it.each([
    ['answers that are an array', { answers: ['Moscow'] }],
    ['answers that are a string', { answers: 'Moscow' }],
    ['answers of odd types', { answers: { a: 5, b: true, c: null, d: {} } }],
    ['no answers at all', {}],
  ])('counts zero answered for %s', (_name, state) => {
    expect(readSavedProgress(saved(state), SET, HASH)).toEqual({ answered: 0, lastScore: null });
  });

  it.each([
    ['scores as strings', { score: '3', maxScore: '5' }],
    ['a missing maxScore', { score: 3 }],
    ['a score that is an array', [3, 5]],
    ['a score that is a number', 3],
  ])('ignores a last score with %s', (_name, lastScore) => {
    expect(readSavedProgress(saved({ answers: {}, lastScore }), SET, HASH)?.lastScore).toBeNull();
  });
});
