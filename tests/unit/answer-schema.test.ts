import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { type QuestionKind } from '@/lib/content';
import { answerSchemas } from '@/lib/answers';

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
    ['cite-evidence', ['3.2', '10.4']],
    ['cite-evidence', []],
    ['cite-evidence', Array.from({ length: 20 }, (_, i) => `1.${i + 1}`)],
  ])('a %s answer accepts %j', (kind, answer) => {
    expect(v.safeParse(answerSchemas[kind], answer).success).toBe(true);
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
    ['cite-evidence', '3.2', 'one id as text'],
    ['cite-evidence', ['3'], 'a paragraph without its sentence'],
    ['cite-evidence', ['0.1'], 'paragraph zero'],
    ['cite-evidence', ['3.02'], 'a sentence number with a leading zero'],
    ['cite-evidence', ['p3s2'], 'an id in another form'],
    ['cite-evidence', ['3.2', '3.2'], 'a sentence cited twice'],
    ['cite-evidence', Array.from({ length: 21 }, (_, i) => `1.${i + 1}`), 'over 20 sentences'],
  ])('a %s answer rejects %s', (kind, answer) => {
    expect(v.safeParse(answerSchemas[kind], answer).success).toBe(false);
  });
});
