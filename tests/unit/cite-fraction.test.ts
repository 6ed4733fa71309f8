import { describe, expect, it } from 'vitest';

import { citeFraction } from '@/lib/scoring';

describe('citeFraction (right + ½ × next to a missed right one − ½ × any other, over the number right, floored at 0)', () => {
  it.each<[string, string[], string[], number]>([
    // One right sentence: 10.4.
    ['exactly the right sentence', ['10.4'], ['10.4'], 1],
    ['the right sentence and one more', ['10.4', '3.1'], ['10.4'], 0.5],
    ['the right sentence and the one before it', ['10.3', '10.4'], ['10.4'], 0.5],
    ['the right sentence and two more', ['10.4', '3.1', '7.2'], ['10.4'], 0],
    ['the sentence just before the right one', ['10.3'], ['10.4'], 0.5],
    ['the sentence just after the right one', ['10.5'], ['10.4'], 0.5],
    ['both neighbours of the right one (one counts as near, the other as extra)', ['10.3', '10.5'], ['10.4'], 0],
    ['a sentence two away from the right one', ['10.2'], ['10.4'], 0],
    ['the same number in the next paragraph is not adjacent', ['11.4'], ['10.4'], 0],
    ['the last sentence of the paragraph before is not adjacent', ['9.1'], ['10.1'], 0],
    ['an unrelated sentence', ['3.1'], ['10.4'], 0],
    ['nothing selected', [], ['10.4'], 0],
    ['the right sentence listed twice counts once', ['10.4', '10.4'], ['10.4'], 1],
    // Two right sentences: 5.1 and 5.2.
    ['both right sentences, in any order', ['5.2', '5.1'], ['5.1', '5.2'], 1],
    ['one of two right sentences', ['5.1'], ['5.1', '5.2'], 0.5],
    ['both right and one extra', ['5.1', '5.2', '8.1'], ['5.1', '5.2'], 0.75],
    ['both right and one next to them (a superset)', ['5.1', '5.2', '5.3'], ['5.1', '5.2'], 0.75],
    ['one right and the neighbour of the other (right: 5.1 and 5.4)', ['5.1', '5.3'], ['5.1', '5.4'], 0.75],
    ['the neighbours of both (right: 5.1 and 5.4)', ['5.2', '5.5'], ['5.1', '5.4'], 0.5],
    ['one sentence between two right ones counts for one of them (right: 5.1 and 5.3)', ['5.2'], ['5.1', '5.3'], 0.25],
    ['one right and one unrelated', ['5.1', '8.1'], ['5.1', '5.2'], 0.25],
    ['every sentence of the article', ['5.1', '5.2', '5.3', '6.1', '7.1', '7.2', '8.1'], ['5.1', '5.2'], 0],
    // No right sentence (never keyed so, but never a division by zero).
    ['a question without right sentences', ['1.1'], [], 0],
  ])('%s', (_name, selected, right, expected) => {
    expect(citeFraction(selected, right)).toBeCloseTo(expected, 10);
  });
});
