import { describe, expect, it } from 'vitest';

import { type Question } from '@/lib/content';
import { type Answer } from '@/lib/answers';
import { scoreQuestion } from '@/lib/scoring';

import { makeQuestion } from './support/seed';

const choice = makeQuestion('single-choice', { options: ['Moscow', 'Beijing'], answer: 'Moscow' });
const select = makeQuestion('multiple-select', { options: ['goods', 'loans', 'parts', 'troops'], answers: ['goods', 'loans', 'parts'] });
const claim = makeQuestion('claim', { claim: 'China bought oil.', answer: 'true' });
const whoSaid = makeQuestion('who-said', { quote: 'Fruitful', speakers: ['Xi Jinping', 'Vladimir Putin'], answer: 'Xi Jinping' });
const match = makeQuestion('match-speakers', {
  pairs: [
    { quote: 'a journey of friendship', speaker: 'Xi Jinping' },
    { quote: 'avoid politicization', speaker: 'Chinese foreign ministry' },
    { quote: 'full spectrum partner', speaker: 'Andrew Small' },
    { quote: 'international prestige', speaker: 'Moritz Rudolf' },
  ],
  distractors: ['Vladimir Putin'],
});
const typedDate = makeQuestion('date', { answer: 'Monday', accept: ['Mon'] });
const withDate = makeQuestion('date', { answer: 'Monday', accept: ['Mon'], date: '2023-03-20' });
const yearDate = makeQuestion('date', { answer: '2022', date: '2022' });
const chosenDate = makeQuestion('date', { options: ['Monday', 'Friday'], answer: 'Friday' });
const order = makeQuestion('order', { items: ['trade record', 'peace plan', 'ICC warrant', 'Xi lands'] });
const text = makeQuestion('short-text', { answer: 'German Marshall Fund', accept: ['GMF'] });
const strictText = makeQuestion('short-text', { answer: 'Chernyshenko', typos: false });

type Case = [string, Question, Answer | null, number];

describe('scoreQuestion', () => {
  it.each<Case>([
    ['single-choice right', choice, 'Moscow', 1],
    ['single-choice wrong', choice, 'Beijing', 0],
    ['single-choice differing in case', choice, 'moscow', 0],
    ['multiple-select all right', select, ['parts', 'goods', 'loans'], 1],
    ['multiple-select two of three', select, ['goods', 'loans'], 0.67],
    ['multiple-select all right plus a wrong one', select, ['goods', 'loans', 'parts', 'troops'], 0.67],
    ['multiple-select one right one wrong', select, ['goods', 'troops'], 0],
    ['claim right', claim, 'true', 1],
    ['claim "not-stated" when true', claim, 'not-stated', 0],
    ['who-said right', whoSaid, 'Xi Jinping', 1],
    ['who-said wrong', whoSaid, 'Vladimir Putin', 0],
    ['match-speakers all right', match, { '0': 'Xi Jinping', '1': 'Chinese foreign ministry', '2': 'Andrew Small', '3': 'Moritz Rudolf' }, 1],
    ['match-speakers three of four', match, { '0': 'Xi Jinping', '1': 'Chinese foreign ministry', '2': 'Andrew Small', '3': 'Vladimir Putin' }, 0.75],
    ['match-speakers one of four, rest unmatched', match, { '2': 'Andrew Small' }, 0.25],
    ['match-speakers nothing matched', match, {}, 0],
    ['typed date, the answer', typedDate, 'monday', 1],
    ['typed date, an accepted form', typedDate, 'Mon.', 1],
    ['typed date, a typo', typedDate, 'Mondy', 1],
    ['typed date, a full date without `date`', typedDate, '20 March 2023', 0],
    ['typed date with `date`, the full date', withDate, '20 March 2023', 1],
    ['typed date with `date`, US format', withDate, '3/20/2023', 1],
    ['typed date with `date`, the wrong day', withDate, '21 March 2023', 0],
    ['typed date with `date`, another weekday', withDate, 'Friday', 0],
    ['year date, "in 2022"', yearDate, 'in 2022', 1],
    ['year date, the wrong year', yearDate, '2023', 0],
    ['chosen date, right', chosenDate, 'Friday', 1],
    ['chosen date, wrong', chosenDate, 'Monday', 0],
    ['order right', order, ['trade record', 'peace plan', 'ICC warrant', 'Xi lands'], 1],
    ['order with one adjacent swap', order, ['peace plan', 'trade record', 'ICC warrant', 'Xi lands'], 0.83],
    ['order reversed', order, ['Xi lands', 'ICC warrant', 'peace plan', 'trade record'], 0],
    ['short-text right', text, 'the German Marshall Fund', 1],
    ['short-text alternative', text, 'gmf', 1],
    ['short-text typo', text, 'German Marshal Fund', 1],
    ['short-text wrong', text, 'Brookings', 0],
    ['short-text typos:false, a typo', strictText, 'Chernishenko', 0],
    ['short-text typos:false, exact', strictText, 'chernyshenko', 1],
  ])('%s → %d point(s)', (_name, question, answer, points) => {
    const score = scoreQuestion(question, answer);
    expect(score.points).toBe(points);
    expect(score.maxPoints).toBe(1);
    expect(score.correct).toBe(points === 1);
    expect(score.id).toBe('q');
  });

  it.each<[string, Question, Answer]>([
    ['single-choice', choice, 'Moscow'],
    ['multiple-select', select, ['goods', 'loans', 'parts']],
    ['claim', claim, 'true'],
    ['who-said', whoSaid, 'Xi Jinping'],
    ['match-speakers', match, { '0': 'Xi Jinping', '1': 'Chinese foreign ministry', '2': 'Andrew Small', '3': 'Moritz Rudolf' }],
    ['date (typed)', withDate, 'Monday'],
    ['date (chosen)', chosenDate, 'Friday'],
    ['order', order, ['trade record', 'peace plan', 'ICC warrant', 'Xi lands']],
    ['short-text', text, 'German Marshall Fund'],
  ])('an unanswered %s question (null) earns 0 but shows the right answer', (_name, question, correctAnswer) => {
    expect(scoreQuestion(question, null)).toEqual({ id: 'q', correct: false, points: 0, maxPoints: 1, correctAnswer });
  });

  it.each<[string, Question, Answer, number, boolean]>([
    ['3-point multiple-select, two of three', makeQuestion('multiple-select', { points: 3, options: ['a', 'b', 'c', 'd'], answers: ['a', 'b', 'c'] }), ['a', 'b'], 2, false],
    ['3-point order, one swap of four', makeQuestion('order', { points: 3, items: ['a', 'b', 'c', 'd'] }), ['b', 'a', 'c', 'd'], 2.5, false],
    ['2-point multiple-select, one of three (rounded)', makeQuestion('multiple-select', { points: 2, options: ['a', 'b', 'c', 'd'], answers: ['a', 'b', 'c'] }), ['a'], 0.67, false],
    ['5-point match, one of three (rounded)', makeQuestion('match-speakers', { points: 5, pairs: [{ quote: 'x', speaker: 'X' }, { quote: 'y', speaker: 'Y' }, { quote: 'z', speaker: 'Z' }] }), { '0': 'X' }, 1.67, false],
    ['4-point short-text, right', makeQuestion('short-text', { points: 4, answer: 'Moscow' }), 'Moscow', 4, true],
    ['4-point claim, wrong', makeQuestion('claim', { points: 4, claim: 'c', answer: 'false' }), 'true', 0, false],
  ])('scales points: %s → %d', (_name, question, answer, points, correct) => {
    const score = scoreQuestion(question, answer);
    expect(score.points).toBe(points);
    expect(score.maxPoints).toBe(question.points);
    expect(score.correct).toBe(correct);
  });
});
