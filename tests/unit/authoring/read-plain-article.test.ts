import { describe, expect, it } from 'vitest';

import { readPlainArticle } from '@/lib/authoring';

describe('readPlainArticle: paragraphs', () => {
  it.each([
    ['blank lines', 'Title\n\nOne.\n\nTwo.', ['One.', 'Two.']],
    ['no blank lines: one paragraph per line', 'Title\nOne.\nTwo.\nThree.', ['One.', 'Two.', 'Three.']],
    ['CRLF line ends', 'Title\r\n\r\nOne.\r\n\r\nTwo.\r\n', ['One.', 'Two.']],
    ['CRLF without blank lines', 'Title\r\nOne.\r\nTwo.\r\n', ['One.', 'Two.']],
    ['a byte-order mark', '\uFEFFTitle\n\nOne.', ['One.']],
    ['wrapped lines joined by a space', 'Title\n\nOne that is\nwrapped.\n\nTwo.', ['One that is wrapped.', 'Two.']],
    ['several blank lines and spaces on them', 'Title\n\n \n\t\nOne.\n\n\n\nTwo.\n\n', ['One.', 'Two.']],
    ['trailing spaces and no-break spaces trimmed', 'Title\n\nOne. \u00A0\n\n  Two.', ['One.', 'Two.']],
    ['curly quotes and dashes kept', 'Title\n\n“No-limits”—it’s “dual-use”–really.', ['“No-limits”—it’s “dual-use”–really.']],
    ['Markdown-looking text kept as text', 'Title\n\n# Not a heading\n\n- not a list', ['# Not a heading', '- not a list']],
  ])('%s', (_name, text, paragraphs) => {
    const article = readPlainArticle(text);
    expect(article.title).toBe('Title');
    expect(article.paragraphs).toEqual(paragraphs);
  });

  it.each([
    ['a title alone', 'Only a title'],
    ['a title with a newline', 'Only a title\n'],
    ['a title in blank lines, CRLF and a BOM', '\uFEFF\r\n\r\n  Only a title  \r\n\r\n'],
  ])('reads %s: a title and no paragraphs', (_name, text) => {
    expect(readPlainArticle(text)).toEqual({ title: 'Only a title', paragraphs: [], lines: { title: expect.any(Number), paragraphs: [] }, dropped: [], doubts: [] });
  });

  it.each(['', '\n\n', '\uFEFF', '  \r\n\t'])('reads nothing from the empty text %j', (text) => {
    expect(readPlainArticle(text)).toEqual({ title: '', paragraphs: [], lines: { paragraphs: [] }, dropped: [], doubts: [] });
  });
});

describe('readPlainArticle: title and section label', () => {
  it.each([
    ['a label above a headline', 'News\n\nXi Jinping in Russia\n\nBody.', 'Xi Jinping in Russia', ['News']],
    ['a label with no blank line', 'OPINION\nWhat China Wants\nBody.', 'What China Wants', ['OPINION']],
    ['a label path', 'World / Asia\nXi Jinping in Russia\nBody.', 'Xi Jinping in Russia', ['World / Asia']],
    ['a label above a two-word line: kept as title', 'News\nXi visits\nBody.', 'News', []],
    ['a label above a byline: kept as title', 'News\nBy Rachel Cheung\nBody text here.', 'News', []],
    ['a label alone', 'News', 'News', []],
    ['a one-word headline not on the list', 'Reckoning\nHow the war changed Europe\nBody.', 'Reckoning', []],
    ['debris above the title', 'Advertisement\n\nXi Jinping in Russia\n\nBody.', 'Xi Jinping in Russia', ['Advertisement']],
  ])('%s', (_name, text, title, dropped) => {
    const article = readPlainArticle(text);
    expect(article.title).toBe(title);
    expect(article.dropped.map((d) => d.text)).toEqual(dropped);
  });
});

describe('readPlainArticle: header', () => {
  it('reads a dek, byline and date between the title and the text', () => {
    const text = ['Xi Jinping in Russia', 'What China wants from Putin.', 'By Rachel Cheung', 'March 20, 2023', '', 'First paragraph.', '', 'Second.'].join('\n');
    expect(readPlainArticle(text)).toEqual({
      title: 'Xi Jinping in Russia',
      dek: 'What China wants from Putin.',
      author: 'Rachel Cheung',
      published: '2023-03-20',
      dateLine: { line: 4, text: 'March 20, 2023', ambiguous: false },
      paragraphs: ['First paragraph.', 'Second.'],
      lines: { title: 1, dek: 2, author: 3, paragraphs: [6, 8] },
      dropped: [],
      doubts: [],
    });
  });

  it.each([
    ['followed by a caption', 'T\n\nA dek.\nPhoto in Moscow. PHOTO: AFP\n\nBody.', 'A dek.'],
    ['followed by a byline after a blank line', 'T\n\nA dek.\n\nBy Ana Lima\n\nBody.', 'A dek.'],
    ['followed by debris and then a date', 'T\nA dek.\nAdvertisement\n20 March 2023\nBody.', 'A dek.'],
    ['no header line after it: it is the first paragraph', 'T\n\nFirst paragraph.\n\nSecond.', undefined],
    ['after the byline: left in the text', 'T\nBy Ana Lima\nA line.\nPhoto. PHOTO: AFP\nBody.', undefined],
    ['followed by a second photo caption: it is the first paragraph', 'T\nLead. PHOTO: AFP\nShort.\nOther. PHOTO: AP\nBody.', undefined],
    ['a short first paragraph followed by a byline: read as a dek', 'T\n\nShort.\n\nBy Ana Lima\n\nBody.', 'Short.'],
    ['part of a wrapped block', 'T\n\nA line\nwrapped.\nBy Ana Lima\n\nBody.', undefined],
  ])('a dek %s', (_name, text, dek) => {
    expect(readPlainArticle(text).dek).toBe(dek);
  });

  it('leaves an ambiguous numeric date unread but remembers its line', () => {
    const article = readPlainArticle('T\n03/04/2023\nBody.');
    expect(article.published).toBeUndefined();
    expect(article.dateLine).toEqual({ line: 2, text: '03/04/2023', ambiguous: true });
  });

  it('reads bylines and dates before the text starts and after it ends, never inside it', () => {
    const article = readPlainArticle('T\n\nOne.\nMore.\n\nBy Bo Chen\n\nApril 2, 2023 was a Sunday.\n\nTwo.\n\nBy Ana Lima\n\nPublished March 20, 2023');
    expect(article.author).toBe('Ana Lima');
    expect(article.published).toBe('2023-03-20');
    expect(article.paragraphs).toEqual(['One.', 'More.', 'By Bo Chen', 'April 2, 2023 was a Sunday.', 'Two.']);
  });

  it('drops a byline or date after the text when the header gave one', () => {
    const article = readPlainArticle('T\nBy Bo Chen\n\nOne.\nMore.\n\nBy Ana Lima');
    expect(article.author).toBe('Bo Chen');
    expect(article.paragraphs).toEqual(['One.', 'More.']);
    expect(article.dropped).toEqual([{ line: 7, text: 'By Ana Lima', reason: 'another byline' }]);
  });

  it('drops a second byline or date in the header', () => {
    const article = readPlainArticle('T\nBy Ana Lima\nBy Bo Chen\nMarch 20, 2023\nMarch 21, 2023\nBody.');
    expect(article.author).toBe('Ana Lima');
    expect(article.published).toBe('2023-03-20');
    expect(article.dropped).toEqual([
      { line: 3, text: 'By Bo Chen', reason: 'another byline' },
      { line: 5, text: 'March 21, 2023', reason: 'another date' },
    ]);
  });
});

describe('readPlainArticle: captions and debris', () => {
  it('takes the first caption, drops its repeat and other captions', () => {
    const text = 'T\n\nA. PHOTO: X\nA. PHOTO: X\n\nBody.\n\nB. Photo: Y\n\nMore.';
    const article = readPlainArticle(text);
    expect(article.image).toEqual({ caption: 'A.', credit: 'X' });
    expect(article.paragraphs).toEqual(['Body.', 'More.']);
    expect(article.dropped).toEqual([
      { line: 4, text: 'A. PHOTO: X', reason: 'repeated photo caption' },
      { line: 8, text: 'B. Photo: Y', reason: 'another photo caption' },
    ]);
  });

  it('drops debris anywhere, keeping the paragraph around it whole', () => {
    const text = 'T\n\nOne.\n\nAdvertisement\n\nTwo starts\nShare\nand ends.\n\nRead more\n\nFollow Ana Lima on Twitter.';
    const article = readPlainArticle(text);
    expect(article.paragraphs).toEqual(['One.', 'Two starts and ends.']);
    expect(article.dropped.map((d) => [d.line, d.reason])).toEqual([
      [5, 'advertisement'],
      [8, 'share button'],
      [11, 'read-more link'],
      [13, 'social media plug'],
    ]);
    expect(article.authorHint).toBe('Ana Lima');
  });

  it('gives no author hint when a byline names the author', () => {
    expect(readPlainArticle('T\nBy Bo Chen\nBody.\nFollow Ana Lima on Twitter.').authorHint).toBeUndefined();
  });
});
