import { describe, expect, it } from 'vitest';

import { readLabelLine, readSourceValue } from '@/lib/authoring';

describe('readLabelLine', () => {
  it.each([
    ['TITLE: Iran talks resume', { field: 'title', label: 'TITLE', value: 'Iran talks resume' }],
    ['Headline: Iran talks resume', { field: 'title', label: 'Headline', value: 'Iran talks resume' }],
    ['SOURCE: VOA News, 2013', { field: 'source', label: 'SOURCE', value: 'VOA News, 2013' }],
    ['PUBLICATION: The Harbor Times', { field: 'source', label: 'PUBLICATION', value: 'The Harbor Times' }],
    ['DATE: October 30, 2013', { field: 'date', label: 'DATE', value: 'October 30, 2013' }],
    ['AUTHOR: Jane Doe', { field: 'author', label: 'AUTHOR', value: 'Jane Doe' }],
    ['BY: Jane Doe', { field: 'author', label: 'BY', value: 'Jane Doe' }],
    ['BYLINE: Jane Doe, VOA News', { field: 'author', label: 'BYLINE', value: 'Jane Doe, VOA News' }],
    ['DATELINE: WASHINGTON', { field: 'dateline', label: 'DATELINE', value: 'WASHINGTON' }],
    ['URL: https://www.voanews.com/a/1', { field: 'url', label: 'URL', value: 'https://www.voanews.com/a/1' }],
    ['Word count: 840', { field: 'other', label: 'Word count', value: '840' }],
    ['title:', { field: 'title', label: 'title', value: '' }],
  ])('%j', (line, expected) => {
    expect(readLabelLine(line)).toEqual(expected);
  });

  it.each([
    'Iran talks: what comes next',
    'The source: a senior official',
    'He said: “We made progress.”',
    'Q: What did you expect?',
    'SHERMAN: We made progress.',
    'https://www.voanews.com/a/1',
    '10:30 a.m.',
    'TiTle: odd case',
  ])('%j is not a label', (line) => {
    expect(readLabelLine(line)).toBeNull();
  });
});

describe('readSourceValue', () => {
  it.each([
    ['VOA News, 2013', { publication: 'VOA News', dateText: '2013' }],
    ['VOA News, October 30, 2013', { publication: 'VOA News', dateText: 'October 30, 2013' }],
    ['Voice of America (Oct. 30, 2013)', { publication: 'Voice of America', dateText: 'Oct. 30, 2013' }],
    ['VOA News - 2013-10-30', { publication: 'VOA News', dateText: '2013-10-30' }],
    ['The Harbor Times', { publication: 'The Harbor Times' }],
    ['NASA, https://www.nasa.gov/news/1', { publication: 'NASA', url: 'https://www.nasa.gov/news/1' }],
  ])('%j', (value, expected) => {
    expect(readSourceValue(value)).toEqual(expected);
  });
});
