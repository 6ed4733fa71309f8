import { describe, expect, it } from 'vitest';

import { hardWrapWidth, splitParagraphs } from '@/lib/authoring';

/** Numbered lines from text, as readPlainArticle passes them. */
const linesOf = (text: string) => text.split('\n').map((line, i) => ({ line: i + 1, text: line.trim() }));
const split = (text: string) => splitParagraphs(linesOf(text));
const texts = (text: string) => split(text).paragraphs.map((p) => p.text);

/** A paragraph hard-wrapped at `width` characters, as an e-mail or a PDF copy is. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  for (const word of paragraph.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

const ONE = 'The town council voted on Monday to rebuild the seawall that failed in the storm last month. Officials said the work would take two years.';
const TWO = 'Council member Tom Becker voted against the plan. He said the town should first ask the state for money.';
const THREE = 'Work is expected to begin in June.';

describe('splitParagraphs: each line break decided on its own', () => {
  it.each([
    ['blank lines between paragraphs', 'One.\n\nTwo.\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['one paragraph per line', 'One is here.\nTwo is here.\n“Three,” she said.', ['One is here.', 'Two is here.', '“Three,” she said.']],
    ['a mix: blank lines and single breaks', 'One.\nTwo.\n\nThree.\nFour.', ['One.', 'Two.', 'Three.', 'Four.']],
    ['a line ending mid-sentence', 'The council voted\nto rebuild the wall.', ['The council voted to rebuild the wall.']],
    ['a next line in lower case', 'The vote was 5 to 2.\nsaid the clerk.', ['The vote was 5 to 2. said the clerk.']],
    ['a comma before a quotation', 'She said,\n“We cannot wait.”', ['She said, “We cannot wait.”']],
    ['a closing quote after a full stop', '“We cannot wait.”\nThe mayor spoke first.', ['“We cannot wait.”', 'The mayor spoke first.']],
    ['a question and an exclamation', 'Who pays?\nThe town does!\nIt starts now.', ['Who pays?', 'The town does!', 'It starts now.']],
    ['a colon before a quoted paragraph', 'The statement read:\n“We are grateful.”', ['The statement read:', '“We are grateful.”']],
    ['a word broken by a hyphen', 'The long-\nawaited vote.', ['The long-awaited vote.']],
    ['a dash ending the line', 'The plan —\nwhich costs $4 million — passed.', ['The plan — which costs $4 million — passed.']],
    ['a dateline alone on its line', 'WASHINGTON —\nThe talks began.\nThey ended late.', ['WASHINGTON — The talks began.', 'They ended late.']],
    ['a dateline with an agency alone on its line', 'NEW YORK, Oct. 3 (Reuters) -\nShares fell.', ['NEW YORK, Oct. 3 (Reuters) - Shares fell.']],
    ['a paragraph starting with a dateline after a line', 'Title text.\nGENEVA (AP) — Talks began.', ['Title text.', 'GENEVA (AP) — Talks began.']],
  ])('%s', (_name, text, paragraphs) => {
    expect(texts(text)).toEqual(paragraphs);
  });

  it.each([
    ['blank lines between paragraphs', [ONE, TWO, THREE].map((p) => wrap(p, 60)).join('\n\n')],
    ['single line breaks between paragraphs', [ONE, TWO, THREE].map((p) => wrap(p, 60)).join('\n')],
  ])('reads hard-wrapped text by width: %s', (_name, text) => {
    expect(texts(text)).toEqual([ONE, TWO, THREE]);
  });

  it('keeps a full wrapped line that happens to end a sentence in its paragraph', () => {
    const text = [
      'The town council voted on Monday to rebuild the seawall that',
      'failed in the storm last month after years of neglect by all.',
      'Officials said the work would take two years to complete.',
      '',
      'Council member Tom Becker voted against the plan on Monday',
      'evening, saying the town should ask the state for the money.',
      'He was outvoted.',
    ].join('\n');
    expect(hardWrapWidth(linesOf(text))).toBe(61);
    expect(split(text).paragraphs.map((p) => p.line)).toEqual([1, 5]);
    expect(split(text).doubts).toEqual([]);
  });

  it('joins a full last line of a paragraph to the next when no blank line sets them apart, and says so', () => {
    const text = [ONE, TWO, THREE].map((p) => wrap(p, 72)).join('\n');
    expect(text.split('\n')[1]).toHaveLength(67);
    expect(split(text)).toEqual({
      paragraphs: [{ text: `${ONE} ${TWO}`, line: 1 }, { text: THREE, line: 5 }],
      doubts: [{ line: 3, note: 'the line above is full and ends a sentence: joined to it as hard-wrapped text, check this is not a new paragraph' }],
    });
  });

  it.each([
    ['one paragraph per line', [ONE, TWO, THREE].join('\n')],
    ['fewer than three running lines', `${ONE}\n${TWO}`],
    ['short lines', 'The council voted\nto rebuild it.\nA Subheading Here\nWork begins in June.'],
    [
      'one short paragraph per line, of much the same length',
      'The council voted on Monday to rebuild the seawall that failed.\nThe mayor said the town could not wait for another flood.\nWork on the new wall is expected to begin in early June.\nIt will take two years and cost about four million dollars.',
    ],
  ])('finds no wrap width in %s', (_name, text) => {
    expect(hardWrapWidth(linesOf(text))).toBeNull();
  });

  it('joins a short sentence-case line with no full stop to a capitalised next line, and says so', () => {
    const { paragraphs, doubts } = split('A statement from the Administrator\nSean O’Keefe follows.');
    expect(paragraphs.map((p) => p.text)).toEqual(['A statement from the Administrator Sean O’Keefe follows.']);
    expect(doubts).toEqual([{ line: 2, note: 'the line above ends without a full stop: joined to it as one sentence, check it is not a new paragraph' }]);
  });

  it('keeps a subheading in title case as a paragraph of its own, and says so with the next line', () => {
    const { paragraphs, doubts } = split('One is here.\nA Subheading\nTwo is here.');
    expect(paragraphs).toEqual([
      { text: 'One is here.', line: 1 },
      { text: 'A Subheading', line: 2 },
      { text: 'Two is here.', line: 3 },
    ]);
    expect(doubts).toEqual([{ line: 3, note: 'the line above ends without a full stop: kept as a paragraph of its own (a subheading?), check it belongs in the text' }]);
  });

  it('joins a long line with no full stop to a capitalised next line, and says so', () => {
    const { paragraphs, doubts } = split('The council voted on Monday to rebuild the seawall with money from\nWashington and the state.');
    expect(paragraphs.map((p) => p.text)).toEqual(['The council voted on Monday to rebuild the seawall with money from Washington and the state.']);
    expect(doubts).toEqual([{ line: 2, note: 'the line above ends without a full stop: joined to it as one sentence, check it is not a new paragraph' }]);
  });

  it('gives each paragraph the line it starts on', () => {
    expect(split('\nOne.\nTwo.\n\n\nThree\nends here.').paragraphs.map((p) => p.line)).toEqual([2, 3, 6]);
  });
});
