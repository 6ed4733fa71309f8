import { describe, expect, it } from 'vitest';

import { selectMatchesWeights, selectRule } from '@/lib/gift';
import { selectFraction } from '@/lib/scoring';

/** Moodle's score for a set of boxes ticked: the sum of their weights, kept between 0 and 100%. */
const moodleScore = (weights: readonly number[], chosen: readonly number[]) => Math.min(1, Math.max(0, chosen.reduce((sum, i) => sum + (weights[i] as number), 0) / 100));

/** Every subset of the options, as lists of indexes. */
const subsets = (n: number) => Array.from({ length: 2 ** n }, (_, mask) => [...Array(n).keys()].filter((i) => mask & (1 << i)));

/** Whether the app's scorer gives every subset Moodle's score, within rounding to two decimals as scoring does. */
function sameScores(weights: readonly number[]): boolean {
  const options = weights.map((_, i) => `o${i}`);
  const right = options.filter((_, i) => (weights[i] as number) > 0);
  return subsets(weights.length).every((chosen) => Math.abs(selectFraction(chosen.map((i) => options[i] as string), right) - moodleScore(weights, chosen)) < 0.005);
}

describe('selectMatchesWeights', () => {
  it.each([
    [[50, 50, -50, -50], true],
    [[50, 50, -50], true],
    [[100, -100, -100], true],
    [[33.33333, 33.33333, 33.33333, -33.33333], true],
    [[25, 25, 25, 25], true],
    [[50, 50, 0], false],
    [[50, 50, -100], false],
    [[100, 0, 0], false],
    [[50, 30, 20, -100], false],
    [[50, 50, -25, -50], false],
    [[0, -100], false],
  ])('%j: %s, and the app’s scorer agrees with Moodle on every selection exactly then', (weights, exact) => {
    expect(selectMatchesWeights(weights)).toBe(exact);
    if (weights.some((w) => w > 0)) expect(sameScores(weights)).toBe(exact);
  });
});

describe('selectRule', () => {
  it.each([
    [1, 'the right option earns all the points and a wrong one chosen takes them all off'],
    [3, 'each of the 3 right options earns 1/3 of the points and each wrong one chosen takes 1/3 off'],
  ])('%i right options', (n, rule) => {
    expect(selectRule(n)).toBe(rule);
  });
});
