import { describe, expect, it } from 'vitest';

import { findDates, findPartialDate, readHeaderLine, readPartialDateLine } from '@/lib/authoring';

describe('findDates', () => {
  it.each([
    ['March 20, 2023', '2023-03-20'],
    ['20 March 2023', '2023-03-20'],
    ['20/03/2023', '2023-03-20'],
    ['20.03.2023', '2023-03-20'],
    ['2023-03-20', '2023-03-20'],
    ['Mon, March 20, 2023 at 3:00 PM GMT', '2023-03-20'],
    ['03/04/2023', null],
    ['04/04/2023', '2023-04-04'],
  ])('reads %j as %j', (line, iso) => {
    expect(findDates(line).map((date) => date.iso)).toEqual([iso]);
  });

  it.each(['Monday', '2 hours ago', 'March 2023', 'last week', 'in 2023'])('finds no full date in %j', (line) => {
    expect(findDates(line)).toEqual([]);
  });
});

describe('readHeaderLine', () => {
  it.each([
    ['By Rachel Cheung', 'Rachel Cheung', undefined],
    ['March 20, 2023', undefined, '2023-03-20'],
    ['Published March 20, 2023, 5:32am', undefined, '2023-03-20'],
    ['Updated 21 March 2023, published 20 March 2023', undefined, '2023-03-20'],
    ['Published on 20/03/2023 at 10:00 GMT', undefined, '2023-03-20'],
    ['By Rachel Cheung | March 20, 2023', 'Rachel Cheung', '2023-03-20'],
    ['By Rachel Cheung, published March 20, 2023', 'Rachel Cheung', '2023-03-20'],
    ['BY RACHEL CHEUNG · 20 MARCH 2023', 'RACHEL CHEUNG', '2023-03-20'],
    ['Sept. 8, 2004', undefined, '2004-09-08'],
    ['October 30, 2013 3:15 PM', undefined, '2013-10-30'],
    ['Updated: 12/30/2019 10:14 AM', undefined, '2019-12-30'],
    ['2013-10-30', undefined, '2013-10-30'],
    ['Dec. 3, 2019 | 10:14 AM ET', undefined, '2019-12-03'],
    ['Wednesday, October 30, 2013', undefined, '2013-10-30'],
    ['Posted by Jane Doe on October 30, 2013 3:15 PM', 'Jane Doe', '2013-10-30'],
    ['Jane Doe, VOA News, October 30, 2013', 'Jane Doe', '2013-10-30'],
    ['By Jane Doe | VOA News | Oct. 30, 2013', 'Jane Doe', '2013-10-30'],
    ['Hong Kong, March 20, 2023', undefined, '2023-03-20'],
    ['Headquarters, Washington Sept. 8, 2004', undefined, '2004-09-08'],
  ])('reads %j', (line, author, iso) => {
    const found = readHeaderLine(line);
    expect(found?.author).toBe(author);
    expect(found?.date?.iso).toBe(iso);
  });

  it('keeps an ambiguous date as text with no ISO form', () => {
    expect(readHeaderLine('Published 03/04/2023')?.date).toMatchObject({ iso: null, text: '03/04/2023' });
  });

  it.each([
    'The visit on March 20, 2023 was the first since the war began.',
    'Xi Jinping landed in Moscow on Monday.',
    'Monday',
    '',
  ])('%j is not a header line', (line) => {
    expect(readHeaderLine(line)).toBeNull();
  });
});

describe('dates without a day', () => {
  it.each([
    ['2013', '2013'],
    ['VOA News, 2013', '2013'],
    ['October 2013', 'October 2013'],
    ['Oct. 2013', 'Oct. 2013'],
    ['October 30, 2013', null],
    ['no year here', null],
  ])('findPartialDate(%j) is %j', (text, partial) => {
    expect(findPartialDate(text)).toBe(partial);
  });

  it.each([
    ['October 2013', 'October 2013'],
    ['Updated 2013', '2013'],
    ['In 2013 the town voted.', null],
  ])('readPartialDateLine(%j) is %j', (line, partial) => {
    expect(readPartialDateLine(line)).toBe(partial);
  });
});
