import { describe, expect, it } from 'vitest';

import type { PublicQuestion } from '@/lib/content';
import { arrange, asShown, newSeed, rowOrder, shuffled } from '@/lib/quiz';

const LISTS: [string, string[]][] = [
  ['two entries', ['a', 'b']],
  ['four options', ['Alpha', 'Bravo', 'Charlie', 'Delta']],
  ['eight events', ['1', '2', '3', '4', '5', '6', '7', '8']],
];
const SEEDS = Array.from({ length: 2000 }, () => newSeed());
const sorted = (list: readonly string[]) => [...list].sort();

describe('newSeed', () => {
  it('makes a new 128-bit hex seed every time', () => {
    expect(SEEDS.every((seed) => /^[0-9a-f]{32}$/.test(seed))).toBe(true);
    expect(new Set(SEEDS).size).toBe(SEEDS.length);
  });
});

describe('shuffled', () => {
  it.each(LISTS)('gives the same order for the same seed, and a permutation of the list (%s)', (_name, list) => {
    for (const seed of SEEDS.slice(0, 100)) {
      expect(shuffled(list, seed)).toEqual(shuffled(list, seed));
      expect(sorted(shuffled(list, seed))).toEqual(sorted(list));
    }
  });

  it.each(LISTS)('puts each entry first about equally often across students (%s)', (_name, list) => {
    const firsts = new Map<string, number>();
    for (const seed of SEEDS) {
      const first = shuffled(list, seed)[0] as string;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    const expected = SEEDS.length / list.length;
    for (const entry of list) expect(Math.abs((firsts.get(entry) ?? 0) - expected)).toBeLessThan(expected * 0.25);
  });

  it.each<[string, string[], number[]]>([
    ['the last entry pinned', ['Arms', 'Goods', 'Roads', 'All of the above'], [3]],
    ['the first and last pinned', ['None of these', 'b', 'c', 'd', 'All of these'], [0, 4]],
    ['every entry pinned', ['1-2', '3-5', '6+'], [0, 1, 2]],
  ])('keeps pinned entries in place: %s', (_name, list, pinned) => {
    for (const seed of SEEDS.slice(0, 200)) {
      const out = shuffled(list, seed, pinned);
      for (const i of pinned) expect(out[i]).toBe(list[i]);
      expect(sorted(out)).toEqual(sorted(list));
    }
  });

  it('does not change the list it is given', () => {
    const list = ['a', 'b', 'c'];
    shuffled(list, 'seed');
    expect(list).toEqual(['a', 'b', 'c']);
  });
});

const questions: PublicQuestion[] = [
  { id: 'one', kind: 'single-choice', prompt: 'p', points: 1, options: ['Arms', 'Goods', 'Roads', 'All of the above'], pinned: [3] },
  { id: 'many', kind: 'multiple-select', prompt: 'p', points: 1, options: ['a', 'b', 'c', 'd'] },
  { id: 'who', kind: 'who-said', prompt: 'p', points: 1, quote: 'q', speakers: ['Putin', 'Small', 'Xi'] },
  { id: 'when', kind: 'date', prompt: 'p', points: 1, options: ['Friday', 'Monday', 'Sunday'] },
  { id: 'steps', kind: 'order', prompt: 'p', points: 1, items: ['a', 'b', 'c', 'd', 'e'] },
];
const listOf = (q: PublicQuestion) => ('options' in q && q.options) || ('speakers' in q && q.speakers) || ('items' in q && q.items) || [];

describe('arrange', () => {
  it.each(questions.map((q) => [q.kind, q] as const))('shows a %s list in an order of the student’s own, the same on every visit', (_kind, question) => {
    const orders = new Set(SEEDS.slice(0, 50).map((seed) => listOf(arrange(question, seed)).join('|')));
    expect(orders.size).toBeGreaterThan(1);
    for (const seed of SEEDS.slice(0, 20)) expect(arrange(question, seed)).toEqual(arrange(question, seed));
  });

  it('orders two questions with the same list differently for one student', () => {
    const [a, b] = [0, 1].map((i): PublicQuestion => ({ id: `q${i}`, kind: 'single-choice', prompt: 'p', points: 1, options: ['1', '2', '3', '4', '5', '6'] }));
    const differ = SEEDS.slice(0, 50).filter((seed) => listOf(arrange(a!, seed)).join() !== listOf(arrange(b!, seed)).join());
    expect(differ.length).toBeGreaterThan(40);
  });

  it.each<[string, PublicQuestion]>([
    ['a claim', { id: 'c', kind: 'claim', prompt: 'p', points: 1, claim: 'x' }],
    ['a typed date', { id: 'd', kind: 'date', prompt: 'p', points: 1 }],
    ['a short answer', { id: 's', kind: 'short-text', prompt: 'p', points: 1, typos: true }],
  ])('leaves %s as it is', (_name, question) => {
    expect(arrange(question, SEEDS[0]!)).toBe(question);
  });
});

describe('the rows of a matching', () => {
  const matching: PublicQuestion = { id: 'who-is-who', kind: 'matching', prompt: 'p', points: 1, items: ['Xi', 'Putin', 'Small', 'Rudolf'], matches: ['Analyst', 'President'] };

  it('keeps the items, which answers name by number, and shows the rows in the student’s order', () => {
    expect(arrange(matching, SEEDS[0]!)).toBe(matching);
    const rows = SEEDS.slice(0, 50).map((seed) => rowOrder(matching, 4, seed));
    for (const order of rows) expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(new Set(rows.map((r) => r.join())).size).toBeGreaterThan(1);
  });

  it('is read aloud in the order shown', () => {
    const seed = SEEDS[1]!;
    const shown = asShown(matching, seed);
    expect(shown).toMatchObject({ items: rowOrder(matching, 4, seed).map((i) => (matching as { items: string[] }).items[i]) });
  });
});
