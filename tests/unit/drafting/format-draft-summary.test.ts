import { describe, expect, it } from 'vitest';

import { type DraftResult, formatDraftSummary } from '@/lib/drafting';

const DRAFT: DraftResult = {
  set: { title: 'T (draft)', article: 'a', mode: 'practice', questions: [] },
  notes: { 'who-said-2': 'speaker read from “he said”', 'when-1': '“last month” read as February 2023' },
  skipped: [{ quote: 'no-limits', paragraph: 1, reason: 'no speech verb attributes it' }],
  counts: { whoSaid: 1, date: 2 },
};

describe('formatDraftSummary', () => {
  it.each([
    ['a file in content/sets', { written: 'content/sets/a.yaml', setId: 'a' }, ['Wrote content/sets/a.yaml: 1 who-said question and 2 date questions.', 'http://localhost:3000/sets/a']],
    ['a file elsewhere', { written: '/tmp/a.yaml' }, ['Wrote /tmp/a.yaml: 1 who-said question and 2 date questions.']],
    ['a printed draft', { written: null }, ['Printed the draft: 1 who-said question and 2 date questions.']],
    ['a set filled', { written: 'content/sets/a.yaml', filled: true, setId: 'a' }, ['Filled content/sets/a.yaml: 1 who-said question and 2 date questions, keeping the fields it had.']],
  ])('reports %s', (_name, where, expected) => {
    const text = formatDraftSummary({ draft: DRAFT, ...where });
    for (const line of expected) expect(text).toContain(line);
    expect(text).toContain('¶1   “no-limits” — no speech verb attributes it');
    expect(text).toContain('first the 1 question marked "# Check:"');
    expect(text).toContain('the one marked "# Check:" also accepts a month or year');
    if (!('setId' in where)) expect(text).not.toContain('localhost');
  });
});
