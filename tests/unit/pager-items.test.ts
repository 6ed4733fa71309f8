import { describe, expect, it } from 'vitest';

import { pagerItems } from '@/lib/ui';

describe('pagerItems', () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [2, 3, [1, 2, 3]],
    [1, 5, [1, 2, 'gap', 5]],
    [3, 5, [1, 2, 3, 4, 5]],
    [1, 42, [1, 2, 'gap', 42]],
    [4, 42, [1, 2, 3, 4, 5, 'gap', 42]],
    [20, 42, [1, 'gap', 19, 20, 21, 'gap', 42]],
    [41, 42, [1, 'gap', 40, 41, 42]],
    [42, 42, [1, 'gap', 41, 42]],
  ] as const)('page %i of %i shows %j', (current, count, expected) => {
    expect(pagerItems(current, count)).toEqual(expected);
  });

  it('never leaves a gap where it would hide a single page', () => {
    for (let count = 1; count <= 30; count++) {
      for (let current = 1; current <= count; current++) {
        const items = pagerItems(current, count);
        const pages = items.filter((item): item is number => item !== 'gap');
        expect(pages).toContain(current);
        items.forEach((item, i) => {
          if (item === 'gap') expect((items[i + 1] as number) - (items[i - 1] as number)).toBeGreaterThan(2);
        });
      }
    }
  });
});
