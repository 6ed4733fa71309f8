import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { articleMetaSchema, partialDateSchema, questionSchema, questionSetSchema, slugSchema } from '@/lib/content';

import { readContent, SET_FILE } from './support/seed';

const base = { id: 'q', prompt: 'P', explanation: 'E', evidence: ['a passage'] };
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('questionSetSchema with the seed set', () => {
  const data = parseYaml(readContent(SET_FILE));

  it('parses the seed set', () => {
    const result = questionSetSchema.safeParse(data);
    expect(issues(result)).toEqual([]);
    expect(result.data?.questions).toHaveLength(42);
  });

  it('applies defaults to seed questions', () => {
    const set = questionSetSchema.parse(data);
    expect(set.questions.every((q) => q.points === 1)).toBe(true);
    const text = set.questions.find((q) => q.id === 'city-xi-landed-in');
    expect(text).toMatchObject({ kind: 'short-text', typos: true, accept: ['Moscow, Russia'] });
  });
});

describe('questionSchema refinements', () => {
  it.each([
    ['an answer not among the options', { kind: 'single-choice', options: ['a', 'b'], answer: 'c' }, [['answer', '"c" is not one of the options']]],
    ['repeated options', { kind: 'single-choice', options: ['a', 'a'], answer: 'a' }, [['options', 'must not repeat an entry']]],
    ['one option only', { kind: 'single-choice', options: ['a'], answer: 'a' }, [['options', 'offer at least two options']]],
    ['an unknown key', { kind: 'single-choice', options: ['a', 'b'], answer: 'a', hint: 'x' }, [['', 'Unrecognized key: "hint"']]],
    ['a right answer not offered', { kind: 'multiple-select', options: ['a', 'b'], answers: ['a', 'z'] }, [['answers.1', '"z" is not one of the options']]],
    ['no right answers', { kind: 'multiple-select', options: ['a', 'b'], answers: [] }, [['answers', 'mark at least one option as right']]],
    ['a who-said answer not among speakers', { kind: 'who-said', quote: 'q', speakers: ['X', 'Y'], answer: 'Z' }, [['answer', '"Z" is not one of the speakers']]],
    ['a distractor who also speaks', { kind: 'match-speakers', pairs: [{ quote: 'a', speaker: 'X' }, { quote: 'b', speaker: 'Y' }], distractors: ['Y'] }, [['distractors.0', '"Y" already speaks in pairs']]],
    ['a repeated quote', { kind: 'match-speakers', pairs: [{ quote: 'a', speaker: 'X' }, { quote: 'a', speaker: 'Y' }] }, [['pairs', 'must not repeat an entry']]],
    ['one pair only', { kind: 'match-speakers', pairs: [{ quote: 'a', speaker: 'X' }] }, [['pairs', 'match at least two quotes']]],
    ['a matching item twice', { kind: 'matching', pairs: [{ item: 'a', match: 'X' }, { item: 'a', match: 'Y' }] }, [['pairs', 'must not repeat an entry']]],
    ['a matching distractor that is a match', { kind: 'matching', pairs: [{ item: 'a', match: 'X' }, { item: 'b', match: 'Y' }], distractors: ['X'] }, [['distractors.0', '"X" is already a match in pairs']]],
    ['one matching pair only', { kind: 'matching', pairs: [{ item: 'a', match: 'X' }] }, [['pairs', 'match at least two items']]],
    ['a matching pair written as quote and speaker', { kind: 'matching', pairs: [{ quote: 'a', speaker: 'X' }, { item: 'b', match: 'Y' }] }, [['pairs.0.item', expect.any(String)], ['pairs.0.match', expect.any(String)], ['pairs.0', 'Unrecognized keys: "quote", "speaker"']]],
    ['a numeric answer in words', { kind: 'numeric', answer: 'fourteen' }, [['answer', expect.stringMatching(/number/)]]],
    ['a numeric answer outside its range', { kind: 'numeric', answer: 17, range: [12, 16] }, [['answer', 'the answer 17 is outside the range 12 to 16']]],
    ['a numeric range written high to low', { kind: 'numeric', answer: 14, range: [16, 12] }, [['range', 'the range must run from the lower number to the higher: write [12, 16]']]],
    ['a numeric tolerance and a range', { kind: 'numeric', answer: 14, tolerance: 1, range: [12, 16] }, [['range', 'give either tolerance or range, not both']]],
    ['a negative tolerance', { kind: 'numeric', answer: 14, tolerance: -1 }, [['tolerance', expect.any(String)]]],
    ['a range of one number', { kind: 'numeric', answer: 14, range: [12] }, [['range', expect.any(String)]]],
    ['an impossible date', { kind: 'date', answer: 'x', date: '2023-02-30' }, [['date', 'is not a real calendar date']]],
    ['month 13', { kind: 'date', answer: 'x', date: '2023-13' }, [['date', 'is not a real calendar date']]],
    ['an impossible month and day', { kind: 'date', answer: 'x', date: '--02-30' }, [['date', 'is not a real calendar date']]],
    ['a date in words', { kind: 'date', answer: 'x', date: '20 March 2023' }, [['date', 'write a date as YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD']]],
    ['a chosen date answer not offered', { kind: 'date', answer: 'Sunday', options: ['Monday', 'Friday'] }, [['answer', '"Sunday" is not one of the options']]],
    ['two order items', { kind: 'order', items: ['a', 'b'] }, [['items', 'order at least three events']]],
    ['nine order items', { kind: 'order', items: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] }, [['items', 'order at most eight events']]],
    ['a repeated order item', { kind: 'order', items: ['a', 'b', 'a'] }, [['items', 'must not repeat an entry']]],
    ['a blank answer', { kind: 'short-text', answer: '   ' }, [['answer', 'must not be empty']]],
    ['an id with capitals', { kind: 'short-text', answer: 'a', id: 'City' }, [['id', expect.stringContaining('lowercase letters')]]],
    ['zero points', { kind: 'short-text', answer: 'a', points: 0 }, [['points', expect.any(String)]]],
  ])('rejects %s', (_name, fields, expected) => {
    expect(issues(questionSchema.safeParse({ ...base, ...fields }))).toEqual(expected);
  });

  it('accepts a question without evidence (content:check warns about it instead)', () => {
    const withoutEvidence: Record<string, unknown> = { ...base, kind: 'short-text', answer: 'a' };
    delete withoutEvidence.evidence;
    expect(questionSchema.parse(withoutEvidence).evidence).toEqual([]);
  });

  it.each([
    ['a leap day', '2024-02-29'],
    ['a month', '2023-03'],
    ['a year', '2022'],
    ['a month and day without a year', '--10-03'],
    ['29 February without a year', '--02-29'],
  ])('accepts %s as a date', (_name, date) => {
    expect(partialDateSchema.safeParse(date).success).toBe(true);
  });

  it.each(['2023-02-29', '2023-00', '2023-04-31', '23-03-20', '--04-31', '--13-01', '-10-03', '--10'])('rejects %j as a date', (date) => {
    expect(partialDateSchema.safeParse(date).success).toBe(false);
  });

  it('trims text fields', () => {
    expect(questionSchema.parse({ ...base, kind: 'short-text', answer: '  Moscow ' })).toMatchObject({ answer: 'Moscow' });
  });
});

describe('questionSetSchema', () => {
  const question = { ...base, kind: 'short-text', answer: 'a' };
  const set = { title: 'T', article: 'xi-jinping-in-russia', mode: 'practice' };

  it.each([
    ['an empty questions list', { ...set, questions: [] }, [['questions', 'a set needs at least one question']]],
    ['a duplicate question id', { ...set, questions: [question, { ...question }] }, [['questions.1.id', 'id "q" is used twice']]],
    ['an unknown mode', { ...set, mode: 'exam', questions: [question] }, [['mode', expect.any(String)]]],
    ['an unknown key', { ...set, level: 9, questions: [question] }, [['', 'Unrecognized key: "level"']]],
    ['an article that is not a slug', { ...set, article: 'Xi Jinping', questions: [question] }, [['article', expect.stringContaining('lowercase')]]],
  ])('rejects %s', (_name, data, expected) => {
    expect(issues(questionSetSchema.safeParse(data))).toEqual(expected);
  });
});

describe('slugSchema and articleMetaSchema', () => {
  it.each([
    ['xi-in-moscow', true],
    ['a1', true],
    ['double--hyphen', false],
    ['-leading', false],
    ['Upper', false],
  ])('slug %j valid: %s', (slug, valid) => {
    expect(slugSchema.safeParse(slug).success).toBe(valid);
  });

  it('rejects an unknown key in an image', () => {
    const meta = { title: 'T', author: 'A', publication: 'P', published: '2023-03-20', image: { caption: 'c', credit: 'd', src: 'x.png' } };
    expect(issues(articleMetaSchema.safeParse(meta))).toEqual([['image', 'Unrecognized key: "src"']]);
  });
});
