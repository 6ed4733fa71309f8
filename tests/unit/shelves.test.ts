import { describe, expect, it } from 'vitest';

import type { Article } from '@/lib/content/article';
import type { LoadedSet } from '@/lib/content/library';
import { shelvesOf, siblingSets } from '@/lib/content/shelves';

const article = (id: string) => ({ id, meta: { title: id }, paragraphs: [], wordCount: 0 }) as unknown as Article;
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
