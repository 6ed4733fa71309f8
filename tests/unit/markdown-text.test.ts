import { describe, expect, it } from 'vitest';

import { markdownText } from '@/lib/content';

describe('markdownText', () => {
  it.each([
    ['plain prose', 'Xi landed in Moscow on Monday, the “no-limits” partner said.', 'Xi landed in Moscow on Monday, the “no-limits” partner said.'],
    ['emphasis', 'a *very* big _deal_', 'a very big deal'],
    ['a link', 'see [the plan](https://example.com) now', 'see the plan now'],
    ['an escape', 'five \\* three', 'five * three'],
    ['an entity', 'Tom &amp; Jerry', 'Tom & Jerry'],
    ['code', 'run `npm test`', 'run npm test'],
    ['a heading marker', '# Title', 'Title'],
    ['a list marker', '1. First', 'First'],
    ['a quote marker', '> said so', 'said so'],
    ['a number that is not a list', '2023 was a year', '2023 was a year'],
  ])('%s', (_name, markdown, text) => {
    expect(markdownText(markdown)).toBe(text);
  });
});
