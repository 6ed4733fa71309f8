import { describe, expect, it } from 'vitest';

import { type QuestionKind } from '@/lib/content/schema';
import { answerSchemas } from '@/lib/quiz/answer-schema';

describe('answerSchemas', () => {
  it.each<[QuestionKind, unknown]>([
    ['single-choice', 'Moscow'],
    ['multiple-select', ['a', 'b']],
    ['multiple-select', []],
    ['claim', 'true'],
    ['claim', 'false'],
    ['claim', 'not-stated'],
    ['who-said', 'Xi Jinping'],
    ['match-speakers', { '0': 'Xi', '12': 'Small' }],
    ['match-speakers', {}],
    ['date', '20 March 2023'],
    ['order', ['b', 'a', 'c']],
    ['short-text', ''],
  ])('a %s answer accepts %j', (kind, answer) => {
    expect(answerSchemas[kind].safeParse(answer).success).toBe(true);
  });

  it.each<[QuestionKind, unknown, string]>([
    ['single-choice', 3, 'a number'],
    ['single-choice', ['Moscow'], 'a list'],
    ['single-choice', 'x'.repeat(1001), 'text over 1000 characters'],
    ['multiple-select', 'a', 'a string'],
    ['multiple-select', [1, 2], 'a list of numbers'],
    ['multiple-select', Array.from({ length: 101 }, (_, i) => String(i)), 'over 100 choices'],
    ['claim', true, 'a boolean'],
    ['claim', 'True', 'a capitalised verdict'],
    ['claim', 'maybe', 'an unknown verdict'],
    ['who-said', null, 'null'],
    ['match-speakers', { first: 'Xi' }, 'a key that is not a number'],
    ['match-speakers', { '1000': 'Xi' }, 'a four-digit key'],
    ['match-speakers', { '-1': 'Xi' }, 'a negative key'],
    ['match-speakers', { '00': 'Xi' }, 'a key with a leading zero'],
    ['match-speakers', { '0': 5 }, 'a number for a speaker'],
    ['match-speakers', ['Xi'], 'a list'],
    ['date', 2022, 'a number'],
    ['order', { 0: 'a' }, 'an object'],
    ['short-text', undefined, 'nothing'],
  ])('a %s answer rejects %s', (kind, answer) => {
    expect(answerSchemas[kind].safeParse(answer).success).toBe(false);
  });
});
