import { describe, expect, it } from 'vitest';

import { matchesDate } from '@/lib/scoring';

describe('matchesDate', () => {
  describe('a year question ("2022")', () => {
    it.each([['2022'], ['in 2022'], ['In 2022.'], ['during 2022'], [' 2022 '], ['the year 2022']])('accepts %j', (typed) => {
      expect(matchesDate(typed, '2022')).toBe(true);
    });

    it.each([
      ['another year', '2023'],
      ['a year with a typo', '2O22'],
      ['a two-digit year', '22'],
      ['a month of that year', 'March 2022'],
      ['a day of that year', '20 March 2022'],
      ['a phrase with the year inside', 'in 2022 or 2023'],
      ['nothing', ''],
    ])('rejects %s (%j)', (_name, typed) => {
      expect(matchesDate(typed, '2022')).toBe(false);
    });
  });

  describe('a day question ("2023-03-20")', () => {
    it.each([
      ['20 March 2023'],
      ['March 20, 2023'],
      ['March 20 2023'],
      ['Mar 20 2023'],
      ['20th March 2023'],
      ['Monday, March 20, 2023'],
      ['3/20/2023'],
      ['2023-03-20'],
    ])('accepts %j', (typed) => {
      expect(matchesDate(typed, '2023-03-20')).toBe(true);
    });

    it.each([
      ['the wrong day', '21 March 2023'],
      ['the wrong month', '20 April 2023'],
      ['the wrong year', '20 March 2022'],
      ['the wrong year in ISO form', '2022-03-20'],
      ['a day without a year', '20 March'],
      ['only the month', 'March 2023'],
      ['only the year', '2023'],
      ['a weekday', 'Monday'],
      ['a relative phrase', 'last month'],
      ['"today"', 'today'],
      ['"yesterday"', 'yesterday'],
      ['nonsense', 'banana'],
      ['an empty answer', ''],
    ])('rejects %s (%j)', (_name, typed) => {
      expect(matchesDate(typed, '2023-03-20')).toBe(false);
    });
  });

  describe('a month question ("2023-03")', () => {
    it.each([['March 2023'], ['march 2023'], ['in March 2023']])('accepts %j', (typed) => {
      expect(matchesDate(typed, '2023-03')).toBe(true);
    });

    it.each([
      ['another month', 'April 2023'],
      ['another year', 'March 2022'],
      ['a full date', '20 March 2023'],
      ['only the year', '2023'],
      ['a relative phrase', 'last month'],
    ])('rejects %s (%j)', (_name, typed) => {
      expect(matchesDate(typed, '2023-03')).toBe(false);
    });
  });
});
