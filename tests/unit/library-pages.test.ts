import { describe, expect, it } from 'vitest';

import { libraryPageHref, libraryPages, type Shelf } from '@/lib/content';

/** A shelf named `id` holding `sets` sets. */
const shelf = (id: string, sets: number) => ({ article: { id }, sets: Array.from({ length: sets }, (_, i) => ({ id: `${id}-${i}` })) }) as unknown as Shelf;
const paged = (sizes: number[], perPage: number) => libraryPages(sizes.map((n, i) => shelf(`a${i}`, n)), perPage).map((page) => page.map((s) => s.article.id));

describe('libraryPages', () => {
  it.each([
    ['an empty library is one empty page', [], 4, [[]]],
    ['shelves that fit share a page', [1, 2, 1], 4, [['a0', 'a1', 'a2']]],
    ['a page holds no more than the sets per page', [1, 1, 1, 1, 1], 4, [['a0', 'a1', 'a2', 'a3'], ['a4']]],
    ['a shelf never straddles two pages', [3, 2, 2], 4, [['a0'], ['a1', 'a2']]],
    ['a shelf larger than a page has a page of its own', [1, 9, 1], 4, [['a0'], ['a1'], ['a2']]],
    ['a large first shelf is still one page', [9], 4, [['a0']]],
  ])('%s', (_, sizes, perPage, expected) => {
    expect(paged(sizes, perPage)).toEqual(expected);
  });

  it('keeps every shelf once, in order', () => {
    const sizes = Array.from({ length: 500 }, (_, i) => 1 + (i % 5));
    const pages = paged(sizes, 24);
    expect(pages.flat()).toEqual(sizes.map((_, i) => `a${i}`));
    const setsOn = (page: string[]) => page.reduce((sum, id) => sum + sizes[Number(id.slice(1))]!, 0);
    expect(Math.max(...pages.map(setsOn))).toBeLessThanOrEqual(24);
  });
});

describe('libraryPageHref', () => {
  it.each([
    [1, '/'],
    [2, '/library/2'],
    [40, '/library/40'],
  ])('page %i is at %s', (page, href) => expect(libraryPageHref(page)).toBe(href));
});
