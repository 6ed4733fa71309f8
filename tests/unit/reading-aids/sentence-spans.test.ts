import { describe, expect, it } from 'vitest';

import { sentenceAt, sentenceSpans } from '@/lib/reading-aids/sentence-spans';

import { loadSeedArticle } from '../support/seed';

const text = 'Xi landed on Monday. “Why now?” he asked. Mr. Putin smiled.';
const spans = sentenceSpans(text);
const words = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

describe('sentenceSpans', () => {
  it('splits a paragraph into its sentences, keeping a question inside a quotation and "Mr." whole', () => {
    expect(spans.map(words)).toEqual(['Xi landed on Monday.', '“Why now?” he asked.', 'Mr. Putin smiled.']);
  });

  it('gives every paragraph of the seed article at least one sentence, each found in its text', () => {
    for (const { text: paragraph } of loadSeedArticle().paragraphs) {
      const sentences = sentenceSpans(paragraph);
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) expect(paragraph.slice(s.start, s.end).trim()).toBe(paragraph.slice(s.start, s.end));
    }
  });
});

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
