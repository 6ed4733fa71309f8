import fs from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { positionHabit, positionHabitMessage, upperTail, writtenList, type WrittenList } from '@/lib/check';

const LABELS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** A list of n entries whose right ones stand at these indexes, with these indexes pinned. */
function list(n: number, right: readonly number[], pinned: readonly number[] = []): WrittenList {
  const entries = LABELS.slice(0, n);
  return { entries, right: right.map((i) => entries[i] as string), pinned: pinned.map((i) => entries[i] as string) };
}

/** What content:check says about these lists, or null when it says nothing. */
function warning(lists: readonly WrittenList[]): string | null {
  const habit = positionHabit(lists);
  return habit && positionHabitMessage(habit);
}

const times = (count: number, make: (i: number) => WrittenList) => Array.from({ length: count }, (_, i) => make(i));

describe('upperTail', () => {
  it.each([
    ['no trials', [], 0, 1],
    ['a certain success', [1, 1], 2, 1],
    ['an impossible success', [0, 0], 1, 0],
    ['three fair coins, at least two heads', [0.5, 0.5, 0.5], 2, 0.5],
    ['one right option in four, three times running', [0.25, 0.25, 0.25], 3, 1 / 64],
    ['mixed chances, at least one', [0.5, 0.25], 1, 1 - 0.5 * 0.75],
  ])('%s', (_name, probabilities, observed, expected) => {
    expect(upperTail(probabilities, observed)).toBeCloseTo(expected, 12);
  });
});

describe('positionHabit', () => {
  it.each<[string, WrittenList[], string | null]>([
    ['every right answer first, 15 questions of 4', times(15, () => list(4, [0])), 'first'],
    [
      "the seed set as issue 27 found it: 14 single-choice and who-said first, multiple-select's right ones first, dates' not",
      [...times(14, () => list(4, [0])), list(5, [0, 1, 2]), list(5, [0, 1]), list(5, [0, 1, 2]), list(4, [2]), list(4, [1]), list(4, [1])],
      'first',
    ],
    ['14 of 15 first', times(15, (i) => list(4, [i === 0 ? 2 : 0])), 'first'],
    ['every right answer last, in lists of different lengths', times(8, (i) => list(3 + (i % 3), [2 + (i % 3)])), 'last'],
    ['every right answer second', times(8, () => list(4, [1])), 'second'],
    ['multiple-select: the right options are the first two, 10 questions', times(10, () => list(5, [0, 1])), 'first'],
    ['multiple-select: the first two right in 6 questions of 5 could be chance', times(6, () => list(5, [0, 1])), null],
    ['two questions, both first', times(2, () => list(4, [0])), null],
    ['three questions, all first: could be chance', times(3, () => list(4, [0])), null],
    ['three questions of two options, all first', times(3, () => list(2, [0])), null],
    ['right answers spread round the positions', times(12, (i) => list(4, [i % 4])), null],
    ['multiple-select with most options right: the first is right by chance', times(8, () => list(4, [0, 1, 2])), null],
    ['a pinned "All of the above", last and right, in 4 questions of 10', times(10, (i) => (i < 4 ? list(4, [3], [3]) : list(4, [i % 3]))), null],
    ['a pinned right answer in every question', times(10, () => list(4, [3], [3])), null],
    ['pinned wrong entries last, right answers first among the rest', times(8, () => list(4, [0], [3])), 'first'],
  ])('%s', (_name, lists, position) => {
    expect(positionHabit(lists)?.position ?? null).toBe(position);
  });

  it('says what it found, how many chance gives, and what to do', () => {
    expect(warning(times(15, (i) => list(4, [i === 0 ? 2 : 0])))).toBe(
      'the right answer is the first entry in 14 of 15 choice questions; by chance about 4 would be. ' +
        'Students see each list shuffled, but the written order shows in this file, in copies and printouts of it, and in pinned entries: mix the order you write them in',
    );
  });

  it('is the warning docs/authoring.md shows', () => {
    const guide = fs.readFileSync(path.resolve(__dirname, '../../docs/authoring.md'), 'utf8');
    expect(guide).toContain(`warning: questions: ${warning(times(15, (i) => list(4, [i === 0 ? 2 : 0])))}\n`);
  });

  it('says "a right answer" when a multiple-select question is among those concerned', () => {
    expect(warning([...times(6, () => list(4, [0])), ...times(4, () => list(5, [0, 2]))])).toMatch(/^a right answer is the first entry in 10 of 10 choice questions; by chance about 3 would be\./);
  });
});

describe('writtenList', () => {
  const base = { id: 'q', prompt: 'P?', points: 1, explanation: 'E.', evidence: [] };
  it.each([
    ['single-choice', { ...base, kind: 'single-choice' as const, options: ['a', 'b'], answer: 'b' }, { entries: ['a', 'b'], right: ['b'], pinned: [] }],
    ['multiple-select, pinned', { ...base, kind: 'multiple-select' as const, options: ['a', 'b', 'c'], answers: ['a', 'c'], pinned: ['c'] }, { entries: ['a', 'b', 'c'], right: ['a', 'c'], pinned: ['c'] }],
    ['who-said', { ...base, kind: 'who-said' as const, quote: 'Q', speakers: ['x', 'y'], answer: 'x' }, { entries: ['x', 'y'], right: ['x'], pinned: [] }],
    ['date with options', { ...base, kind: 'date' as const, answer: 'Monday', accept: [], options: ['Sunday', 'Monday'] }, { entries: ['Sunday', 'Monday'], right: ['Monday'], pinned: [] }],
    ['typed date', { ...base, kind: 'date' as const, answer: 'Monday', accept: [] }, null],
    ['order', { ...base, kind: 'order' as const, items: ['1', '2', '3'] }, null],
  ])('%s', (_name, question, expected) => {
    expect(writtenList(question)).toEqual(expected);
  });
});

/**
 * Lists of 2 to 6 entries, one right (or, as multiple-select, 1 to n-1
 * right), the right ones placed by a uniform shuffle: an honest author.
 * fc.noBias keeps fast-check's generation uniform, which the rate measured needs.
 */
const honestList = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc
    .tuple(fc.boolean(), fc.integer({ min: 1, max: n - 1 }), fc.tuple(...Array.from({ length: n }, (_, i) => fc.integer({ min: 0, max: i }))))
    .map(([multiple, k, draws]) => {
      const shuffled = LABELS.slice(0, n);
      for (let i = n - 1; i > 0; i--) {
        const j = draws[i] as number;
        [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
      }
      return { entries: LABELS.slice(0, n), right: shuffled.slice(0, multiple ? k : 1), pinned: [] };
    }),
);
const honestSet = fc.noBias(fc.array(honestList, { minLength: 2, maxLength: 30 }));

describe('honest sets', () => {
  it('warn in under 1 % of 4,000 shuffled sets of 2 to 30 questions', () => {
    const sets = fc.sample(honestSet, { seed: 27, numRuns: 4000 });
    const alarms = sets.filter((set) => positionHabit(set) !== null).length;
    expect(alarms / sets.length).toBeLessThan(0.01);
  });
});
