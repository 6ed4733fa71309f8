import { describe, expect, it } from 'vitest';

import { seededShuffle } from '@/lib/content';

const EVENTS = ['trade record', 'peace plan', 'ICC warrant', 'Xi lands'];
const SEEDS = Array.from({ length: 500 }, (_, i) => `seed-${i}`);
const sorted = <T>(items: readonly T[]) => [...items].sort();

describe('seededShuffle', () => {
  it.each([
    ['two items', ['a', 'b']],
    ['three items', ['a', 'b', 'c']],
    ['four events', EVENTS],
    ['eight items', ['1', '2', '3', '4', '5', '6', '7', '8']],
  ])('is deterministic for the same seed (%s)', (_name, items) => {
    for (const seed of SEEDS.slice(0, 50)) expect(seededShuffle(items, seed)).toEqual(seededShuffle(items, seed));
  });

  it.each([
    ['two items', ['a', 'b']],
    ['three items', ['a', 'b', 'c']],
    ['four events', EVENTS],
    ['eight items', ['1', '2', '3', '4', '5', '6', '7', '8']],
  ])('returns a permutation that is never the original order (%s, 500 seeds)', (_name, items) => {
    for (const seed of SEEDS) {
      const out = seededShuffle(items, seed);
      expect(sorted(out)).toEqual(sorted(items));
      expect(out).not.toEqual(items);
    }
  });

  it('does not change the array it is given', () => {
    const items = [...EVENTS];
    seededShuffle(items, 'order-of-events');
    expect(items).toEqual(EVENTS);
  });

  it.each([
    ['an empty list', []],
    ['a single item', ['only']],
  ])('returns %s as it is', (_name, items) => {
    expect(seededShuffle(items, 'x')).toEqual(items);
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(SEEDS.slice(0, 100).map((seed) => seededShuffle(EVENTS, seed).join('|')));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('uses every possible first item across seeds', () => {
    const firsts = new Set(SEEDS.map((seed) => seededShuffle(EVENTS, seed)[0]));
    expect(firsts).toEqual(new Set(EVENTS));
  });
});
