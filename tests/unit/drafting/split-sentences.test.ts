import { describe, expect, it } from 'vitest';

import { splitSentences } from '@/lib/drafting/split-sentences';

const sentences = (text: string, keep: { start: number; end: number }[] = []) => splitSentences(text, keep).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['plain sentences', 'Xi landed. Putin waited.', ['Xi landed.', 'Putin waited.']],
    ['a title abbreviation', 'Mr. Smith said no. Dr. Jones agreed.', ['Mr. Smith said no.', 'Dr. Jones agreed.']],
    ['a question mark inside a quotation', '“Why?” he asked. “Because.”', ['“Why?” he asked.', '“Because.”']],
    ['an initialism before a title', 'He met U.S. President Joe Biden. Then he left.', ['He met U.S. President Joe Biden.', 'Then he left.']],
    ['an initialism ending a sentence', 'They talk at the U.N. Then they vote.', ['They talk at the U.N.', 'Then they vote.']],
    ['a split quote', '“No,” he said. “We will never accept it.”', ['“No,” he said.', '“We will never accept it.”']],
  ])('splits %s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('never breaks inside a span kept together, such as a quotation', () => {
    const text = '“Russia is weak. It has no friend,” Small said. Xi left.';
    expect(sentences(text, [{ start: 0, end: 35 }])).toEqual(['“Russia is weak. It has no friend,” Small said.', 'Xi left.']);
  });
});
