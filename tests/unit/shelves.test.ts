import { describe, expect, it } from 'vitest';

import { type Article, type LoadedSet, shelvesOf, siblingSets } from '@/lib/content';

const article = (id: string, published = '2023-03-20') => ({ id, meta: { title: id, published }, paragraphs: [], wordCount: 0 }) as unknown as Article;
const set = (id: string, on: string, audience?: string) => ({ id, article: on, title: `Set ${id}`, ...(audience ? { audience } : {}) }) as unknown as LoadedSet;

const articles = new Map([
  ['moscow', article('moscow')],
  ['budget', article('budget')],
]);
const sets = [set('a', 'moscow', 'Grades 9–12'), set('b', 'budget'), set('c', 'moscow', 'Grades 6–8'), set('orphan', 'missing')];

describe('shelvesOf', () => {
  it('puts every set on its article’s shelf, articles in the order their first set comes', () => {
    expect(shelvesOf(sets, articles).map((s) => [s.article.id, s.sets.map((x) => x.id)])).toEqual([
      ['moscow', ['a', 'c']],
      ['budget', ['b']],
    ]);
  });

  it('puts the newest article first; articles of one day keep the order their first set comes', () => {
    const dated = new Map([
      ['old', article('old', '2021-05-01')],
      ['new', article('new', '2024-11-30')],
      ['mid-a', article('mid-a', '2023-01-09')],
      ['mid-b', article('mid-b', '2023-01-09')],
    ]);
    const order = shelvesOf([set('1', 'old'), set('2', 'mid-b'), set('3', 'new'), set('4', 'mid-a'), set('5', 'old')], dated);
    expect(order.map((s) => [s.article.id, s.sets.map((x) => x.id)])).toEqual([
      ['new', ['3']],
      ['mid-b', ['2']],
      ['mid-a', ['4']],
      ['old', ['1', '5']],
    ]);
  });

  it('is empty for an empty library', () => expect(shelvesOf([], articles)).toEqual([]));
});

describe('siblingSets', () => {
  it.each([
    ['a', [{ id: 'c', title: 'Set c', audience: 'Grades 6–8' }]],
    ['c', [{ id: 'a', title: 'Set a', audience: 'Grades 9–12' }]],
    ['b', []],
  ])('lists the other sets on the article of %s', (id, expected) => {
    expect(siblingSets(sets.find((s) => s.id === id) as LoadedSet, sets)).toEqual(expected);
  });
});
