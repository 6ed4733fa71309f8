import { describe, expect, it } from 'vitest';

import { inGroups } from '@/lib/ui';

describe('inGroups', () => {
  it.each<[string, number[], number, number[][]]>([
    ['nothing from nothing', [], 3, []],
    ['one short group', [1, 2], 3, [[1, 2]]],
    ['exact groups', [1, 2, 3, 4], 2, [[1, 2], [3, 4]]],
    ['the last group shorter', [1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    ['groups of one', [1, 2], 1, [[1], [2]]],
  ])('%s', (_name, items, size, expected) => {
    expect(inGroups(items, size)).toEqual(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a group size of %s', (size) => {
    expect(() => inGroups([1], size)).toThrow(RangeError);
  });
});
