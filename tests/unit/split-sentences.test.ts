import { describe, expect, it } from 'vitest';

import { splitSentences } from '@/lib/text';

const sentences = (text: string, keep: { start: number; end: number }[] = []) => splitSentences(text, keep).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['plain sentences', 'Xi landed. Putin waited.', ['Xi landed.', 'Putin waited.']],
    ['a title abbreviation', 'Mr. Smith said no. Dr. Jones agreed.', ['Mr. Smith said no.', 'Dr. Jones agreed.']],
    ['a question mark inside a quotation', '“Why?” he asked. “Because.”', ['“Why?” he asked.', '“Because.”']],
    ['an initialism before a title', 'He met U.S. President Joe Biden. Then he left.', ['He met U.S. President Joe Biden.', 'Then he left.']],
    ['an initialism ending a sentence', 'They talk at the U.N. Then they vote.', ['They talk at the U.N.', 'Then they vote.']],
    ['a split quote', '“No,” he said. “We will never accept it.”', ['“No,” he said.', '“We will never accept it.”']],
    ['an initialism before a name', 'The U.S. Congress met. It voted.', ['The U.S. Congress met.', 'It voted.']],
    ['an initialism before a word that starts a sentence', 'She lives in the U.S. The weather is fine.', ['She lives in the U.S.', 'The weather is fine.']],
    ['an initialism before a quotation', 'He spoke at the U.N. “We are ready,” he said.', ['He spoke at the U.N.', '“We are ready,” he said.']],
    ['a lowercase initialism', 'At 9 a.m. Monday he left. Nobody saw him.', ['At 9 a.m. Monday he left.', 'Nobody saw him.']],
    ['"St." and "Gen."', 'Gen. Milley flew to St. Petersburg. He stayed.', ['Gen. Milley flew to St. Petersburg.', 'He stayed.']],
    ['a closing quotation mark after the full stop', 'He said “It is done.” Then he left.', ['He said “It is done.”', 'Then he left.']],
    ['an exclamation inside a quotation', '“No!” she shouted. Then she left.', ['“No!” she shouted.', 'Then she left.']],
    ['a decimal number', 'Trade rose 3.5 percent. Exports fell.', ['Trade rose 3.5 percent.', 'Exports fell.']],
    ['a middle initial', 'Defense Secretary Leon E. Panetta arrived. He spoke.', ['Defense Secretary Leon E. Panetta arrived.', 'He spoke.']],
    ['a single capital ending a sentence', 'They chose option B. The vote was close.', ['They chose option B.', 'The vote was close.']],
  ])('splits %s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('is deterministic: the same text always gives the same spans', () => {
    const text = 'Mr. Xi met the U.S. envoy. “Why?” he asked. The U.N. Then Moscow.';
    expect(splitSentences(text)).toEqual(splitSentences(text));
  });

  it('never breaks inside a span kept together, such as a quotation', () => {
    const text = '“Russia is weak. It has no friend,” Small said. Xi left.';
    expect(sentences(text, [{ start: 0, end: 35 }])).toEqual(['“Russia is weak. It has no friend,” Small said.', 'Xi left.']);
  });
});

describe('splitSentences on a very long paragraph', () => {
  it('takes time in proportion to the length, and splits it as it splits each part', () => {
    const sentence = 'Mr. Xi met the U.S. envoy in Moscow. ';
    const text = sentence.repeat(30_000).trim();
    const started = performance.now();
    const spans = splitSentences(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(spans).toHaveLength(30_000);
    expect(spans.every(({ start, end }) => text.slice(start, end) === sentence.trim())).toBe(true);
  });
});
