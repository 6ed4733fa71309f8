import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { answerSchemas, type Answer } from '@/lib/answers';
import { toPublicQuestion } from '@/lib/content';
import { formatAnswer } from '@/lib/results';
import { answerProblem, scoreQuestion, scoringRule } from '@/lib/scoring';

import { makeQuestion } from './support/seed';

const capitals = makeQuestion('matching', {
  pairs: [
    { item: 'Russia', match: 'Moscow' },
    { item: 'Ukraine', match: 'Kyiv' },
    { item: 'China', match: 'Beijing' },
    { item: 'Saudi Arabia', match: 'Riyadh' },
  ],
  distractors: ['Paris'],
});
/** Two items share one match: a matching may sort items into groups. */
const groups = makeQuestion('matching', {
  pairs: [
    { item: 'Moscow', match: 'Russia' },
    { item: 'Vnukovo', match: 'Russia' },
    { item: 'Beijing', match: 'China' },
  ],
});

describe('scoreQuestion for a matching question: each pair its share', () => {
  it.each<[string, typeof capitals, Record<string, string>, number]>([
    ['all right', capitals, { '0': 'Moscow', '1': 'Kyiv', '2': 'Beijing', '3': 'Riyadh' }, 1],
    ['three of four', capitals, { '0': 'Moscow', '1': 'Kyiv', '2': 'Beijing', '3': 'Paris' }, 0.75],
    ['one matched, the rest left', capitals, { '2': 'Beijing' }, 0.25],
    ['two swapped', capitals, { '0': 'Kyiv', '1': 'Moscow', '2': 'Beijing', '3': 'Riyadh' }, 0.5],
    ['nothing matched', capitals, {}, 0],
    ['a shared match, all right', groups, { '0': 'Russia', '1': 'Russia', '2': 'China' }, 1],
    ['a shared match, one wrong', groups, { '0': 'Russia', '1': 'China', '2': 'China' }, 0.67],
  ])('%s → %d point(s)', (_name, question, answer, points) => {
    expect(answerProblem(question, answer, new Set())).toBeNull();
    expect(scoreQuestion(question, answer).points).toBe(points);
  });

  it('gives the right matching as item numbers to matches', () => {
    expect(scoreQuestion(capitals, null).correctAnswer).toEqual({ '0': 'Moscow', '1': 'Kyiv', '2': 'Beijing', '3': 'Riyadh' });
  });

  it.each<[string, Answer, string]>([
    ['an item number past the last item', { '4': 'Moscow' }, 'there is no item number 4'],
    ['a match the list does not offer', { '0': 'London' }, '"London" is not one of the matches'],
  ])('rejects %s', (_name, answer, problem) => {
    expect(answerProblem(capitals, answer, new Set())).toBe(problem);
  });

  it.each<[string, unknown, boolean]>([
    ['item numbers to matches', { '0': 'Moscow', '2': 'Beijing' }, true],
    ['nothing matched yet', {}, true],
    ['a list', ['Moscow'], false],
    ['a key that is not an item number', { first: 'Moscow' }, false],
    ['a match that is not text', { '0': 3 }, false],
  ])('reads %s as an answer: %s', (_name, answer, fits) => {
    expect(v.safeParse(answerSchemas.matching, answer).success).toBe(fits);
  });

  it('shows an answer one line per item, and says how it is scored', () => {
    const shown = toPublicQuestion(capitals);
    expect(formatAnswer(shown, { '0': 'Moscow', '3': 'Paris' })).toEqual(['Russia → Moscow', 'Ukraine → no match chosen', 'China → no match chosen', 'Saudi Arabia → Paris']);
    expect(scoringRule(shown)).toBe('Partial credit: each item matched right earns an equal share of the points.');
  });
});
