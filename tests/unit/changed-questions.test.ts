import { describe, expect, it } from 'vitest';

import { changedQuestions, type PerQuestionState } from '@/lib/quiz';

const b = ['x'];
const base: PerQuestionState = {
  answers: { a: 'Moscow', b },
  citations: { c: ['4.1'] },
  results: { d: { correct: true } },
  pending: null,
  citing: null,
};

describe('changedQuestions', () => {
  it.each<[string, Partial<PerQuestionState>, string[]]>([
    ['nothing, when nothing changed', {}, []],
    ['nothing, when a record is copied with the same entries', { answers: { ...base.answers } }, []],
    ['a question answered for the first time', { answers: { ...base.answers, e: 'Vnukovo' } }, ['e']],
    ['a question whose answer changed', { answers: { ...base.answers, a: 'Beijing' } }, ['a']],
    ['a question whose answer was taken away', { answers: { b } }, ['a']],
    ['a Part B', { citations: { c: ['4.1', '4.2'] } }, ['c']],
    ['a result, recorded or cleared', { results: { e: { correct: false } } }, ['d', 'e']],
    ['the question being checked, when the check starts', { pending: 'a' }, ['a']],
    ['the whole set being submitted is no one question', { pending: 'submit' }, ['submit']],
    ['the question being cited', { citing: { questionId: 'c' } }, ['c']],
    ['several at once, each named once', { answers: { a: 'Beijing', b }, citations: {}, results: {}, pending: 'a' }, ['a', 'c', 'd']],
  ])('%s', (_name, change, expected) => {
    expect([...changedQuestions(base, { ...base, ...change })].sort()).toEqual(expected);
  });

  it('names both questions when checking or citing moves from one to another', () => {
    expect([...changedQuestions({ ...base, pending: 'a', citing: { questionId: 'c' } }, { ...base, pending: 'b', citing: { questionId: 'd' } })].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
