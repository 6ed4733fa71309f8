import { describe, expect, it } from 'vitest';

import { dateOrderOf, readNumericDate, readPlainArticle } from '@/lib/authoring';

describe('dateOrderOf', () => {
  it.each([
    ['The vote on October 30 and the storm on Sept. 8.', 'month-first'],
    ['The vote on 30 October and the storm on 8th of September.', 'day-first'],
    ['The vote on October 30, 2013 and the storm on 8 September.', null],
    ['No dates at all, only 2013.', null],
    ['March 3 and May 4 and 5 June', 'month-first'],
  ])('%j', (text, order) => {
    expect(dateOrderOf(text)).toBe(order);
  });
});

describe('readNumericDate', () => {
  it.each([
    ['12/03/2019', 'month-first', '2019-12-03'],
    ['12/03/2019', 'day-first', '2019-03-12'],
    ['Updated: 12.03.2019 10:14', 'day-first', '2019-03-12'],
    ['13/03/2019', 'month-first', null],
    ['no date', 'month-first', null],
  ] as const)('%j read %s is %j', (text, order, iso) => {
    expect(readNumericDate(text, order)).toBe(iso);
  });
});

describe('readPlainArticle: an ambiguous numeric date', () => {
  it('is read the way the text writes its other dates, and said', () => {
    const article = readPlainArticle('Seawall Vote\nUpdated: 12/03/2019 10:14 AM\n\nThe vote came on December 2, a day before.');
    expect(article.published).toBe('2019-12-03');
    expect(article.doubts).toEqual([{ line: 2, note: 'the date could be read either way round: read month-first, as 2019-12-03, the way the text writes its other dates; check it' }]);
  });

  it('is left for the teacher when the text does not say', () => {
    const article = readPlainArticle('Seawall Vote\nUpdated: 12/03/2019 10:14 AM\n\nThe vote came on Monday.');
    expect(article.published).toBeUndefined();
    expect(article.dateLine?.ambiguous).toBe(true);
  });
});
