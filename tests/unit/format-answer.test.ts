import { describe, expect, it } from 'vitest';

import { toPublicQuestion, type PublicQuestion } from '@/lib/content';
import { type Answer } from '@/lib/answers';
import { formatAnswer, claimLabels } from '@/lib/results';

import { makeQuestion } from './support/seed';

const claim = toPublicQuestion(makeQuestion('claim', { claim: 'c', answer: 'true' }));
const select = toPublicQuestion(makeQuestion('multiple-select', { options: ['goods', 'loans', 'arms'], answers: ['goods'] }));
const order = toPublicQuestion(makeQuestion('order', { items: ['trade record', 'peace plan', 'Xi lands'] }));
const match = toPublicQuestion(
  makeQuestion('match-speakers', {
    pairs: [
      { quote: 'a journey of friendship', speaker: 'Xi Jinping' },
      { quote: 'avoid politicization', speaker: 'Chinese foreign ministry' },
    ],
  }),
);
const text = toPublicQuestion(makeQuestion('short-text', { answer: 'Moscow' }));
const choice = toPublicQuestion(makeQuestion('single-choice', { options: ['a', 'b'], answer: 'a' }));
const date = toPublicQuestion(makeQuestion('date', { answer: 'Monday' }));

describe('formatAnswer', () => {
  it.each<[string, PublicQuestion, Answer, string[]]>([
    ['a "true" verdict', claim, 'true', ['True']],
    ['a "false" verdict', claim, 'false', ['False']],
    ['a "not-stated" verdict', claim, 'not-stated', ['Not stated in the article']],
    ['several choices, one a line', select, ['goods', 'loans'], ['goods', 'loans']],
    ['no choices', select, [], []],
    ['an ordering, numbered from 1', order, ['peace plan', 'trade record', 'Xi lands'], ['1. peace plan', '2. trade record', '3. Xi lands']],
    [
      'a full matching, one line per quote',
      match,
      { '0': 'Xi Jinping', '1': 'Andrew Small' },
      ['“a journey of friendship” — Xi Jinping', '“avoid politicization” — Andrew Small'],
    ],
    [
      'a partial matching',
      match,
      { '1': 'Chinese foreign ministry' },
      ['“a journey of friendship” — no speaker chosen', '“avoid politicization” — Chinese foreign ministry'],
    ],
    ['typed text, as typed', text, '  moscw ', ['  moscw ']],
    ['a single choice', choice, 'b', ['b']],
    ['a typed date', date, '20 March 2023', ['20 March 2023']],
  ])('shows %s', (_name, question, answer, lines) => {
    expect(formatAnswer(question, answer)).toEqual(lines);
  });

  it.each<[string, PublicQuestion, unknown, string[]]>([
    ['text where an ordering belongs, as the text', order, 'Xi lands', ['Xi lands']],
    ['a list where a matching belongs, as nothing', match, ['Xi Jinping'], []],
    ['a verdict that is not one, as the text', claim, 'maybe', ['maybe']],
    ['a number, as nothing', text, 42, []],
  ])('shows an answer that does not fit its kind without failing: %s', (_name, question, answer, lines) => {
    expect(formatAnswer(question, answer)).toEqual(lines);
  });

  it('labels every claim verdict', () => {
    expect(claimLabels).toEqual({ true: 'True', false: 'False', 'not-stated': 'Not stated in the article' });
  });
});
