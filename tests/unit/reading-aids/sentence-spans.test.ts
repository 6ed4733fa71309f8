import { describe, expect, it } from 'vitest';

import { sentenceAt } from '@/lib/reading-aids';
import { splitSentences } from '@/lib/text';

// The spans the server wraps a paragraph's sentences in, which read aloud finds on the page.
const text = 'Xi landed on Monday. “Why now?” he asked. Mr. Putin smiled.';
const spans = splitSentences(text);
const words = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

describe('sentenceAt', () => {
  it.each<[string, number, string | null]>([
    ['the start of the paragraph', 0, 'Xi landed on Monday.'],
    ['a word of the first sentence', text.indexOf('Monday'), 'Xi landed on Monday.'],
    ['the space after it, still the sentence just read', text.indexOf('. “') + 1, 'Xi landed on Monday.'],
    ['the opening quotation mark of the second', text.indexOf('“'), '“Why now?” he asked.'],
    ['a word after the question mark inside the quotation', text.indexOf('he asked'), '“Why now?” he asked.'],
    ['the last sentence', text.indexOf('Putin'), 'Mr. Putin smiled.'],
    ['past the end', text.length + 10, 'Mr. Putin smiled.'],
    ['before the start', -1, 'Xi landed on Monday.'],
  ])('%s', (_, offset, expected) => {
    expect(words(sentenceAt(spans, offset))).toBe(expected);
  });

  it('finds nothing in a paragraph with no sentences', () => {
    expect(sentenceAt([], 0)).toBeNull();
  });
});
