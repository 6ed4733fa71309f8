/** The header of a pasted article in the orders and forms teachers bring: what is read, and from which line. */
import { describe, expect, it } from 'vitest';

import { readPlainArticle } from '@/lib/authoring';

const BODY = 'The council voted on Monday.\nWork begins in June.';

describe('readPlainArticle: header lines in any order and form', () => {
  it.each([
    ['title, byline, date', `Seawall Vote\nBy Jane Doe\nOctober 30, 2013\n\n${BODY}`, { title: 'Seawall Vote', author: 'Jane Doe', published: '2013-10-30' }],
    ['title, date, byline', `Seawall Vote\nSept. 8, 2004\nBy Jane Doe\n\n${BODY}`, { title: 'Seawall Vote', author: 'Jane Doe', published: '2004-09-08' }],
    ['date above the title', `October 30, 2013 3:15 PM\nSeawall Vote\nBy Jane Doe\n\n${BODY}`, { title: 'Seawall Vote', author: 'Jane Doe', published: '2013-10-30' }],
    ['a byline with a newsroom, then a time', `Seawall Vote\n\nJane Doe, VOA News\nOctober 30, 2013 3:15 PM\n\n${BODY}`, { author: 'Jane Doe', publication: 'VOA News', published: '2013-10-30' }],
    ['a byline with a role: no publication', `Seawall Vote\nJane Doe, Staff Writer\n2013-10-30\n${BODY}`, { author: 'Jane Doe', publication: undefined, published: '2013-10-30' }],
    ['posted by … on … in one line', `Seawall Vote\nPosted by Jane Doe on October 30, 2013 3:15 PM\n${BODY}`, { author: 'Jane Doe', published: '2013-10-30' }],
    ['byline, bar, newsroom, bar, date', `Seawall Vote\nBy Jane Doe | VOA News | Oct. 30, 2013\n${BODY}`, { author: 'Jane Doe', publication: 'VOA News', published: '2013-10-30' }],
    ['updated with a numeric date', `Seawall Vote\nBy Jane Doe\nUpdated: 12/30/2019 10:14 AM\n${BODY}`, { author: 'Jane Doe', published: '2019-12-30' }],
    ['a date and a time split by a bar', `Seawall Vote\nDec. 3, 2019 | 10:14 AM\n${BODY}`, { published: '2019-12-03' }],
    ['a name alone beside the date', `Seawall Vote\nJane Doe\nOctober 30, 2013\n\n${BODY}`, { author: 'Jane Doe', published: '2013-10-30' }],
    ['a newsroom on its own line under the byline', `Seawall Vote\nBy Jane Doe\nVOA News\nOctober 30, 2013\n\n${BODY}`, { author: 'Jane Doe', publication: 'VOA News' }],
    ['a dek, then byline and date', `Seawall Vote\nThe town will pay for it over ten years.\nBy Jane Doe\nOctober 30, 2013\n\n${BODY}`, { dek: 'The town will pay for it over ten years.', author: 'Jane Doe' }],
    ['a dek, then a name alone and a date', `Seawall Vote\nThe town will pay for it over ten years.\nJane Doe\nOctober 30, 2013\n\n${BODY}`, { dek: 'The town will pay for it over ten years.', author: 'Jane Doe', published: '2013-10-30' }],
    ['a date, then a name alone', `Seawall Vote\n\nOctober 30, 2013 3:15 PM\n\nJane Doe\n\n${BODY}`, { author: 'Jane Doe', published: '2013-10-30' }],
    ['a name and a date set apart by a bar', `Seawall Vote\nJane Doe | October 30, 2013\n\n${BODY}`, { author: 'Jane Doe', published: '2013-10-30' }],
    ['posted on … by …', `Seawall Vote\nPosted on October 30, 2013 by Jane Doe\n\n${BODY}`, { author: 'Jane Doe', published: '2013-10-30' }],
    ['two writers and a newsroom', `Seawall Vote\nBy Jane Doe and John Roe, VOA News\nOct. 30, 2013, 3:15 p.m. EDT\n\n${BODY}`, { author: 'Jane Doe and John Roe', publication: 'VOA News', published: '2013-10-30' }],
    ['an agency byline in capitals', `Seawall Vote\n\nBy JANE DOE, Associated Press\n\n${BODY}`, { author: 'JANE DOE', publication: 'Associated Press' }],
    ['a time since posting and a reading time', `Seawall Vote\nUpdated 3 hours ago\n5 min read\n\n${BODY}`, { title: 'Seawall Vote', author: undefined }],
    ['a dek above a paragraph opening with a dateline', `Seawall Vote\nThe town will pay for it over ten years.\n\nPORT ELLIS — The council voted on Monday.\nWork begins in June.`, { dek: 'The town will pay for it over ten years.' }],
    ['a date at the end', `Seawall Vote\n\n${BODY}\n\nPublished October 30, 2013`, { published: '2013-10-30' }],
  ])('%s', (_name, text, expected) => {
    const article = readPlainArticle(text);
    expect(article).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([, value]) => value !== undefined)));
    for (const [field, value] of Object.entries(expected)) if (value === undefined) expect(article).not.toHaveProperty(field);
    expect(article.paragraphs.map((p) => p.replace('PORT ELLIS — ', ''))).toEqual(['The council voted on Monday.', 'Work begins in June.']);
  });
});

describe('readPlainArticle: labels', () => {
  it.each([
    ['TITLE and SOURCE with a year', `TITLE: Seawall Vote\nSOURCE: VOA News, 2013\n\n${BODY}`, { title: 'Seawall Vote', publication: 'VOA News' }],
    ['SOURCE above an unlabelled headline', `SOURCE: VOA News, October 30, 2013\nSeawall Vote\n\n${BODY}`, { title: 'Seawall Vote', publication: 'VOA News', published: '2013-10-30' }],
    ['a block of labels in lower case', `Headline: Seawall Vote\nAuthor: Jane Doe\nDate: 30 October 2013\nPublication: The Harbor Times\nURL: https://example.org/seawall\n\n${BODY}`, { title: 'Seawall Vote', author: 'Jane Doe', published: '2013-10-30', publication: 'The Harbor Times', url: 'https://example.org/seawall' }],
    ['BY and BYLINE labels with a newsroom', `HEADLINE: Seawall Vote\nBYLINE: Jane Doe, VOA News\n${BODY}`, { title: 'Seawall Vote', author: 'Jane Doe', publication: 'VOA News' }],
    ['a dek label', `TITLE: Seawall Vote\nSUBTITLE: Ten years to pay.\n${BODY}`, { title: 'Seawall Vote', dek: 'Ten years to pay.' }],
    ['labels after the text', `Seawall Vote\n\n${BODY}\n\nSource: VOA News\nURL: https://example.org/seawall`, { title: 'Seawall Vote', publication: 'VOA News', url: 'https://example.org/seawall' }],
  ])('%s', (_name, text, expected) => {
    const article = readPlainArticle(text);
    expect(article).toMatchObject(expected);
    expect(article.paragraphs).toEqual(['The council voted on Monday.', 'Work begins in June.']);
  });

  it('drops labels with no field of their own and says which', () => {
    const article = readPlainArticle(`TITLE: Seawall Vote\nSECTION: Local\nTags: flood, council\n\n${BODY}`);
    expect(article.dropped).toEqual([
      { line: 2, text: 'SECTION: Local', reason: 'SECTION label' },
      { line: 3, text: 'Tags: flood, council', reason: 'Tags label' },
    ]);
  });

  it.each([
    ['a year alone', 'SOURCE: VOA News, 2013', { line: 2, note: 'the SOURCE label gives "2013" but not the day: write published as YYYY-MM-DD' }],
    ['a month and year', 'DATE: October 2013', { line: 2, note: 'the DATE label gives "October 2013" but not the day: write published as YYYY-MM-DD' }],
    ['a month and year on a line of its own', 'October 2013', { line: 2, note: '"October 2013" gives no day: write published as YYYY-MM-DD' }],
    ['a dateline label', 'DATELINE: WASHINGTON', { line: 2, note: 'the dateline "WASHINGTON" is not added to the text: if the first paragraph should open with it, add it there' }],
  ])('notes %s, with its line, and reads no date', (_name, header, doubt) => {
    const article = readPlainArticle(`Seawall Vote\n${header}\n\n${BODY}`);
    expect(article.published).toBeUndefined();
    expect(article.doubts.map(({ line, note }) => ({ line, note }))).toEqual([doubt]);
    expect(article.paragraphs).toHaveLength(2);
  });

  it.each([
    ['a date line after the label', 'SOURCE: VOA News, 2013\nOctober 16, 2013 3:15 PM'],
    ['a date line before the label', 'October 16, 2013\nDATE: October 2013'],
  ])('says nothing of a label without a day when %s gives the full date', (_name, header) => {
    const article = readPlainArticle(`Seawall Vote\n${header}\n\n${BODY}`);
    expect(article.published).toBe('2013-10-16');
    expect(article.doubts).toEqual([]);
  });
});

describe('readPlainArticle: title', () => {
  it('finds no title in a text that starts with a paragraph, and says so', () => {
    const lead = 'WASHINGTON — The United States and Iran met in Geneva on Tuesday for talks that officials said went better than expected.';
    const article = readPlainArticle(`${lead}\nThe talks resume next month.`);
    expect(article.title).toBe('');
    expect(article.paragraphs).toEqual([lead, 'The talks resume next month.']);
    expect(article.doubts.map((d) => d.line)).toEqual([1]);
  });

  it('records the line of every field and paragraph', () => {
    const article = readPlainArticle(`\nSeawall Vote\nA dek here.\nBy Jane Doe, VOA News\n\n${BODY}\n\nURL: https://example.org/a`);
    expect(article.lines).toEqual({ title: 2, dek: 3, author: 4, publication: 4, url: 9, paragraphs: [6, 7] });
  });
});
