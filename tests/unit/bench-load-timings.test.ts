import { describe, expect, it } from 'vitest';

import { loadTimings } from '@/bench/load-timings.mjs';

const URL = 'http://127.0.0.1:3000/sets/a';
const MAIN = { pid: 2, tid: 1 };
const OTHER = { pid: 2, tid: 9 };

/** A trace event `ms` after time zero lasting `dur` ms, on the page's main thread unless told. */
const at = (name: string, ms: number, dur = 0, thread = MAIN, args?: object) => ({ name, ts: ms * 1000, dur: dur * 1000, ...thread, args });

/** A load requested at 100 ms: its parse on the main thread, first paint at 400 ms. */
const load = [
  at('RunTask', 50, 90), // the previous page's, before the request
  at('ResourceSendRequest', 100, 0, { pid: 1, tid: 1 }, { data: { url: URL } }),
  at('ParseHTML', 150, 20),
  at('RunTask', 300, 80), // before the first paint: not counted
  at('firstContentfulPaint', 400),
  at('largestContentfulPaint::Candidate', 400),
];

describe('loadTimings', () => {
  const cases: Array<{ name: string; extra: ReturnType<typeof at>[]; expected: { fcp: number; lcp: number; tbt: number } }> = [
    { name: 'no task after the first paint', extra: [], expected: { fcp: 300, lcp: 300, tbt: 0 } },
    { name: 'only time over 50 ms blocks', extra: [at('RunTask', 500, 120), at('RunTask', 700, 50), at('RunTask', 800, 30)], expected: { fcp: 300, lcp: 300, tbt: 70 } },
    { name: 'tasks on other threads do not block', extra: [at('RunTask', 500, 200, OTHER), at('RunTask', 900, 60)], expected: { fcp: 300, lcp: 300, tbt: 10 } },
    { name: 'the largest paint is the last candidate', extra: [at('largestContentfulPaint::Candidate', 650), at('largestContentfulPaint::Candidate', 900)], expected: { fcp: 300, lcp: 800, tbt: 0 } },
  ];

  it.each(cases)('$name', ({ extra, expected }) => {
    expect(loadTimings([...load, ...extra], URL)).toEqual(expected);
  });

  it('says so when the trace missed the request or the paint', () => {
    expect(() => loadTimings(load, 'http://127.0.0.1:3000/other')).toThrow('no request for http://127.0.0.1:3000/other');
    expect(() => loadTimings(load.filter((e) => e.name !== 'firstContentfulPaint'), URL)).toThrow('no first paint');
  });
});
