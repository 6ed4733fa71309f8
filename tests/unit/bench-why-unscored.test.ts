import { describe, expect, it } from 'vitest';

import { whyUnscored } from '@/bench/why-unscored.mjs';

type Audit = { score: number | null; errorMessage?: string };

/** A Lighthouse result with the given category scores; each category is made of the one audit named after it, weighted 1. */
const result = (scores: Record<string, number | null>, audits: Record<string, Audit> = {}, runtimeError?: { code: string; message: string }) => ({
  runtimeError,
  categories: Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, { score, auditRefs: [{ id: `${id}-audit`, weight: 1 }, { id: 'diagnostic', weight: 0 }] }])),
  audits: {
    diagnostic: { score: null, errorMessage: 'an unweighted audit that failed' },
    ...Object.fromEntries(Object.entries(scores).map(([id, score]) => [`${id}-audit`, { score }])),
    ...audits,
  },
});

const ALL = { performance: 0.97, accessibility: 1, 'best-practices': 1, seo: 1 };

describe('whyUnscored', () => {
  const cases = [
    { name: 'every category scored, though an unweighted audit failed', lhr: result(ALL), expected: null },
    { name: 'a score of 0 is a score', lhr: result({ ...ALL, performance: 0 }), expected: null },
    {
      name: 'a scored audit that failed leaves its category unscored',
      lhr: result({ ...ALL, performance: null }, { 'performance-audit': { score: null, errorMessage: 'NO_LCP' } }),
      expected: 'performance not scored (performance-audit: NO_LCP)',
    },
    {
      name: 'the run’s own error comes first',
      lhr: result({ ...ALL, performance: null }, {}, { code: 'PAGE_HUNG', message: 'the page stopped answering' }),
      expected: 'PAGE_HUNG: the page stopped answering',
    },
    { name: 'a category missing from the result', lhr: result({ performance: 0.9, accessibility: 1, 'best-practices': 1 }), expected: 'seo not scored (no reason given)' },
  ];

  it.each(cases)('$name', ({ lhr, expected }) => {
    expect(whyUnscored(lhr as never)).toBe(expected);
  });

  it('asks only about the categories the run was for', () => {
    expect(whyUnscored(result({ performance: 0.9 }) as never, ['performance'])).toBeNull();
    expect(whyUnscored(result({ performance: null }) as never, ['performance'])).toBe('performance not scored (performance-audit: no score)');
  });
});
