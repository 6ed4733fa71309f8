import { describe, expect, it } from 'vitest';

import { kindRules, orderFraction, selectFraction } from '@/lib/scoring';

import { makeQuestion } from './support/seed';

const RIGHT = ['goods', 'loans', 'parts'];

describe('selectFraction (right minus wrong, over the number right, floored at 0)', () => {
  it.each([
    ['all right options and nothing else', ['goods', 'loans', 'parts'], 1],
    ['all right options in another order', ['parts', 'goods', 'loans'], 1],
    ['two of three right', ['goods', 'loans'], 2 / 3],
    ['one of three right', ['parts'], 1 / 3],
    ['all right plus one wrong', ['goods', 'loans', 'parts', 'troops'], 2 / 3],
    ['two right and one wrong', ['goods', 'loans', 'troops'], 1 / 3],
    ['one right and one wrong', ['goods', 'troops'], 0],
    ['one right and two wrong (floored)', ['goods', 'troops', 'arms'], 0],
    ['only wrong options', ['troops', 'arms'], 0],
    ['nothing chosen', [], 0],
    ['a right option listed twice counts once', ['goods', 'goods'], 1 / 3],
  ])('%s → %d', (_name, chosen, expected) => {
    expect(selectFraction(chosen, RIGHT)).toBeCloseTo(expected, 10);
  });
});

describe('orderFraction (share of pairs in the right relative order)', () => {
  const right = ['a', 'b', 'c', 'd'];
  it.each([
    ['the right order', ['a', 'b', 'c', 'd'], 1],
    ['fully reversed', ['d', 'c', 'b', 'a'], 0],
    ['one adjacent swap at the start', ['b', 'a', 'c', 'd'], 5 / 6],
    ['one adjacent swap in the middle', ['a', 'c', 'b', 'd'], 5 / 6],
    ['first and last swapped', ['d', 'b', 'c', 'a'], 1 / 6],
    ['rotated by one', ['b', 'c', 'd', 'a'], 3 / 6],
    ['an item missing', ['a', 'b', 'c'], 3 / 6],
    ['nothing given', [], 0],
  ])('%s → %d', (_name, given, expected) => {
    expect(orderFraction(given, right)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['three items, right', ['x', 'y', 'z'], ['x', 'y', 'z'], 1],
    ['three items, one swap', ['y', 'x', 'z'], ['x', 'y', 'z'], 2 / 3],
    ['no items at all', [], [], 0],
  ])('%s → %d', (_name, given, rightOrder, expected) => {
    expect(orderFraction(given, rightOrder)).toBeCloseTo(expected, 10);
  });
});

describe('kindRules', () => {
  const choice = makeQuestion('single-choice', { options: ['A', 'B'], answer: 'B' });
  const select = makeQuestion('multiple-select', { options: ['A', 'B', 'C'], answers: ['A', 'C'] });
  const claim = makeQuestion('claim', { claim: 'The sky is green.', answer: 'false' });
  const whoSaid = makeQuestion('who-said', { quote: 'Hello', speakers: ['Xi', 'Putin'], answer: 'Xi' });
  const match = makeQuestion('match-speakers', {
    pairs: [
      { quote: 'one', speaker: 'Xi' },
      { quote: 'two', speaker: 'Putin' },
    ],
  });
  const date = makeQuestion('date', { answer: 'Monday', date: '2023-03-20' });
  const order = makeQuestion('order', { items: ['first', 'second', 'third'] });
  const text = makeQuestion('short-text', { answer: 'Moscow' });

  it.each([
    ['single-choice', () => kindRules['single-choice'].correctAnswer(choice, []), 'B'],
    ['multiple-select', () => kindRules['multiple-select'].correctAnswer(select, []), ['A', 'C']],
    ['claim', () => kindRules.claim.correctAnswer(claim, []), 'false'],
    ['who-said', () => kindRules['who-said'].correctAnswer(whoSaid, []), 'Xi'],
    ['match-speakers', () => kindRules['match-speakers'].correctAnswer(match, []), { '0': 'Xi', '1': 'Putin' }],
    ['date', () => kindRules.date.correctAnswer(date, []), 'Monday'],
    ['order', () => kindRules.order.correctAnswer(order, []), ['first', 'second', 'third']],
    ['short-text', () => kindRules['short-text'].correctAnswer(text, []), 'Moscow'],
  ])('gives the right answer of a %s question', (_kind, correct, expected) => {
    expect(correct()).toEqual(expected);
  });
});
