import { describe, expect, it } from 'vitest';

import { findQuotations } from '@/lib/drafting';

import { paragraphsOf } from './support';

/** Each quotation as the text of its parts, joined with " | " between paragraphs. */
function quotes(markdown: string): string[] {
  const paragraphs = paragraphsOf(markdown);
  return findQuotations(paragraphs).map((q) => q.parts.map((p) => paragraphs[p.paragraph]?.text.slice(p.start, p.end)).join(' | '));
}

describe('findQuotations', () => {
  it.each([
    ['curly marks', '“We will win,” she said.', ['We will win,']],
    ['straight marks', '"We will win," she said.', ['We will win,']],
    ['two quotations in a sentence', 'He urged it to uphold “an objective stance” and “avoid double standards.”', ['an objective stance', 'avoid double standards.']],
    ['apostrophes are not quotation marks', 'Russia’s partner isn’t China’s rival.', []],
    ['a quote split around "he said"', '“We will win,” he said. “There is no doubt.”', ['We will win,', 'There is no doubt.']],
    ['guillemets', '«Nous gagnerons», a-t-il dit.', ['Nous gagnerons']],
    ['a straight mark after a dash', 'parts—"dual-use equipment" that', ['dual-use equipment']],
    ['an empty pair of marks', 'He said “” and left.', []],
  ])('finds %s', (_name, markdown, expected) => {
    expect(quotes(markdown)).toEqual(expected);
  });

  it.each([
    ['two paragraphs, the first left open', '“The first part goes here.\n\n“And it ends here,” she said.', ['The first part goes here. | And it ends here,']],
    ['three paragraphs', '“One.\n\n“Two.\n\n“Three,” she said.', ['One. | Two. | Three,']],
    ['an open quotation the next paragraph does not continue', '“Left open.\n\nThe writer goes on.', ['Left open.']],
    ['straight marks left open', '"One.\n\n"Two," she said.', ['One. | Two,']],
    ['an attribution before the run-on', 'She said: “It starts.\n\n“It ends.”', ['It starts. | It ends.']],
  ])('follows a quotation over %s', (_name, markdown, expected) => {
    expect(quotes(markdown)).toEqual(expected);
  });

  it('records where each part is, marks included', () => {
    const [quotation] = findQuotations(paragraphsOf('Intro.\n\nX said “yes.”'));
    expect(quotation?.parts).toEqual([{ paragraph: 1, open: 7, close: 12, start: 8, end: 12 }]);
  });
});
