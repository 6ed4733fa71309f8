import { describe, expect, it } from 'vitest';

import { type Answer } from '@/lib/answers';
import { countAnswered, emptyQuizData, isAnswered } from '@/lib/quiz';

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
  const answers: Record<string, Answer> = { a: 'Moscow', b: '', c: ['x'], d: {}, stale: 'left over', paired: 'true', half: 'false' };
  const citations = { paired: ['3.2'], half: [], alone: ['1.1'] };
  const plain = (...ids: string[]) => ids.map((id) => ({ id }));
  const pairedQuestion = (id: string) => ({ id, cite: { prompt: 'Which sentence?', points: 1 } });

  it.each([
    ['every question', plain('a', 'b', 'c', 'd'), 2],
    ['questions never answered', plain('e', 'f'), 0],
    ['no questions', [], 0],
    ['only questions of the set, not stale answers', plain('a'), 1],
    ['a paired question with both parts answered', [pairedQuestion('paired')], 1],
    ['a paired question without Part B', [pairedQuestion('half')], 0],
    ['a paired question with only Part B', [pairedQuestion('alone')], 0],
  ])('counts over %s', (_name, questions, expected) => {
    expect(countAnswered({ answers, citations }, questions)).toBe(expected);
  });
});

describe('emptyQuizData', () => {
  it('starts with nothing answered, checked or submitted', () => {
    expect(emptyQuizData()).toEqual({ answers: {}, citations: {}, results: {}, submitted: false, lastScore: null });
  });

  it('gives a fresh object each time', () => {
    const first = emptyQuizData();
    first.answers.a = 'x';
    expect(emptyQuizData().answers).toEqual({});
  });
});
