import { describe, expect, it } from 'vitest';

import { type Answer } from '@/lib/quiz/answer-schema';
import { countAnswered, emptyQuizData, isAnswered } from '@/lib/quiz/quiz-data';

describe('isAnswered', () => {
  it.each<[string, Answer | null | undefined, boolean]>([
    ['a typed word', 'Moscow', true],
    ['a claim verdict', 'not-stated', true],
    ['an empty string', '', false],
    ['only spaces', '  \t', false],
    ['a list of choices', ['a'], true],
    ['an empty list', [], false],
    ['a matching', { '0': 'Xi' }, true],
    ['an empty matching', {}, false],
    ['null', null, false],
    ['undefined', undefined, false],
  ])('%s → %s', (_name, answer, expected) => {
    expect(isAnswered(answer)).toBe(expected);
  });
});

describe('countAnswered', () => {
  const answers: Record<string, Answer> = { a: 'Moscow', b: '', c: ['x'], d: {}, stale: 'left over' };

  it.each([
    ['every question', ['a', 'b', 'c', 'd'], 2],
    ['questions never answered', ['e', 'f'], 0],
    ['no questions', [], 0],
    ['only questions of the set, not stale answers', ['a'], 1],
  ])('counts over %s', (_name, ids, expected) => {
    expect(countAnswered(answers, ids)).toBe(expected);
  });
});

describe('emptyQuizData', () => {
  it('starts with nothing answered, checked or submitted', () => {
    expect(emptyQuizData()).toEqual({ answers: {}, results: {}, submitted: false, lastScore: null });
  });

  it('gives a fresh object each time', () => {
    const first = emptyQuizData();
    first.answers.a = 'x';
    expect(emptyQuizData().answers).toEqual({});
  });
});
