import { describe, expect, it } from 'vitest';

import { type Answer } from '@/lib/answers';
import { countAnswered, isAnswered, toggleCited, toggleOption } from '@/lib/quiz';

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

describe('toggleOption', () => {
  const options = ['Oil', 'Gas', 'Grain', 'Arms'];

  it.each<[string, string[], string, string[] | null]>([
    ['ticks the first option', [], 'Gas', ['Gas']],
    ['keeps the question’s order, whatever order they were ticked in', ['Arms'], 'Oil', ['Oil', 'Arms']],
    ['unticks an option', ['Oil', 'Gas'], 'Oil', ['Gas']],
    ['gives null when the last one is unticked', ['Grain'], 'Grain', null],
  ])('%s', (_name, chosen, option, expected) => {
    expect(toggleOption(options, chosen, option)).toEqual(expected);
  });
});

describe('toggleCited', () => {
  it.each<[string, string[] | undefined, string, string[] | null]>([
    ['adds a first sentence', undefined, '4.1', ['4.1']],
    ['adds in reading order, paragraph numbers compared as numbers', ['2.1', '10.1'], '9.3', ['2.1', '9.3', '10.1']],
    ['takes a selected sentence away', ['4.1', '4.2'], '4.1', ['4.2']],
    ['gives null when the last one goes', ['4.1'], '4.1', null],
  ])('%s', (_name, selected, id, expected) => {
    expect(toggleCited(selected, id)).toEqual(expected);
  });

  it('takes no 21st sentence, but still lets one go', () => {
    const full = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);
    expect(toggleCited(full, '2.1')).toBe(full);
    expect(toggleCited(full, '1.20')).toHaveLength(19);
  });
});
