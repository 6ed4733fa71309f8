import { describe, expect, it } from 'vitest';

import { type Question } from '@/lib/content';
import { type Answer } from '@/lib/answers';
import { answerProblem } from '@/lib/scoring';

import { makeQuestion } from './support/seed';

const choice = makeQuestion('single-choice', { options: ['Moscow', 'Beijing'], answer: 'Moscow' });
const select = makeQuestion('multiple-select', { options: ['goods', 'loans', 'troops'], answers: ['goods', 'loans'] });
const whoSaid = makeQuestion('who-said', { quote: 'Hi', speakers: ['Xi Jinping', 'Vladimir Putin'], answer: 'Xi Jinping' });
const match = makeQuestion('match-speakers', {
  pairs: [
    { quote: 'one', speaker: 'Xi Jinping' },
    { quote: 'two', speaker: 'Andrew Small' },
  ],
  distractors: ['Vladimir Putin'],
});
const order = makeQuestion('order', { items: ['first', 'second', 'third'] });
const chosenDate = makeQuestion('date', { options: ['Monday', 'Friday'], answer: 'Friday' });
const typedDate = makeQuestion('date', { answer: 'Monday' });
const claim = makeQuestion('claim', { claim: 'c', answer: 'true' });
const text = makeQuestion('short-text', { answer: 'Moscow' });
const cite = makeQuestion('cite-evidence', {});
const SENTENCES = new Set(['1.1', '2.1', '2.2']);

describe('answerProblem', () => {
  it.each<[string, Question, Answer]>([
    ['a single-choice option', choice, 'Beijing'],
    ['a multiple-select subset', select, ['goods', 'troops']],
    ['an empty multiple-select', select, []],
    ['a who-said speaker', whoSaid, 'Vladimir Putin'],
    ['a full matching', match, { '0': 'Xi Jinping', '1': 'Andrew Small' }],
    ['a matching naming a distractor', match, { '0': 'Vladimir Putin' }],
    ['a partial matching', match, { '1': 'Xi Jinping' }],
    ['an empty matching', match, {}],
    ['an ordering in any order', order, ['third', 'first', 'second']],
    ['a chosen date option', chosenDate, 'Monday'],
    ['any typed date', typedDate, 'next Tuesday, maybe'],
    ['any claim verdict', claim, 'not-stated'],
    ['any short text', text, 'anything at all'],
    ['sentences of the article', cite, ['1.1', '2.2']],
    ['no sentence', cite, []],
  ])('accepts %s', (_name, question, answer) => {
    expect(answerProblem(question, answer, SENTENCES)).toBeNull();
  });

  it.each<[string, Question, Answer, string]>([
    ['a single choice not among the options', choice, 'Kyiv', '"Kyiv" is not one of the options'],
    ['a single choice differing in case', choice, 'moscow', '"moscow" is not one of the options'],
    ['a who-said speaker not offered', whoSaid, 'Andrew Small', '"Andrew Small" is not one of the speakers'],
    ['a multiple-select option not offered', select, ['goods', 'arms'], '"arms" is not one of the options'],
    ['a multiple-select option chosen twice', select, ['goods', 'goods'], 'an option is chosen twice'],
    ['an ordering missing an item', order, ['first', 'second'], 'an ordering must list every item exactly once'],
    ['an ordering with an item twice', order, ['first', 'first', 'second'], 'an ordering must list every item exactly once'],
    ['an ordering with a foreign item', order, ['first', 'second', 'fourth'], 'an ordering must list every item exactly once'],
    ['an ordering with an extra item', order, ['first', 'second', 'third', 'fourth'], 'an ordering must list every item exactly once'],
    ['a match key past the last quote', match, { '2': 'Xi Jinping' }, 'there is no quote number 2'],
    ['a match key far out of range', match, { '0': 'Xi Jinping', '999': 'Andrew Small' }, 'there is no quote number 999'],
    ['a match naming an unknown speaker', match, { '0': 'Dmitry Peskov' }, '"Dmitry Peskov" is not one of the speakers'],
    ['a chosen date not among the options', chosenDate, 'Sunday', '"Sunday" is not one of the options'],
    ['a sentence the article does not have', cite, ['1.1', '2.3'], 'the article has no sentence "2.3"'],
  ])('rejects %s', (_name, question, answer, problem) => {
    expect(answerProblem(question, answer, SENTENCES)).toBe(problem);
  });
});
