import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { disagreeingDateForms, matchesDateAnswer } from '@/lib/scoring';

type Row = [answer: string, date: string | undefined, typed: string, right: boolean];

const check = ([answer, date, typed]: Row) => matchesDateAnswer(typed, { answer, accept: [], ...(date !== undefined && { date }) });

/** Rows of [answer, date, typed, right?], by what they show. */
const groups: Record<string, Row[]> = {
  'a month and day without a year ("October 3rd")': [
    ['October 3rd', undefined, 'October 3', true],
    ['October 3rd', undefined, 'Oct. 3', true],
    ['October 3rd', undefined, 'Oct 3', true],
    ['October 3rd', undefined, 'oct 3', true],
    ['October 3rd', undefined, '3 October', true],
    ['October 3rd', undefined, '3 Oct.', true],
    ['October 3rd', undefined, '3rd of October', true],
    ['October 3rd', undefined, 'the 3rd of October', true],
    ['October 3rd', undefined, 'October the 3rd', true],
    ['October 3rd', undefined, 'the third of October', true],
    ['October 3rd', undefined, 'on October 3', true],
    ['October 3rd', undefined, 'October 3rd.', true],
    ['October 3rd', undefined, '--10-03', true],
    ['October 3rd', undefined, 'Thursday, October 3', true],
    ['October 3rd', undefined, 'October 4', false],
    ['October 3rd', undefined, 'November 3', false],
    ['October 3rd', undefined, 'October', false],
    ['October 3rd', undefined, '3', false],
    ['October 3rd', undefined, 'October 3-4', false],
    ['October 3rd', undefined, 'October 3 or 4', false],
  ],

  'a month and day in figures, read only when it reads one way': [
    ['October 13', undefined, '10/13', true],
    ['October 13', undefined, '13/10', true],
    ['October 3rd', undefined, '10/3', false],
    ['October 3rd', undefined, '3/10', false],
    ['March 3', undefined, '3/3', true],
    ['March 20, 2023', undefined, '3/20/2023', true],
    ['March 20, 2023', undefined, '20/3/2023', true],
    ['March 4, 2023', undefined, '3/4/2023', false],
    ['March 4, 2023', undefined, '4/3/2023', false],
  ],

  'more than asked: a year beside a month and day': [
    ['October 3rd', '2013-10-03', 'October 3, 2013', true],
    ['October 3rd', '2013-10-03', '3 October 2013', true],
    ['October 3rd', '2013-10-03', 'October 3', true],
    ['October 3rd', '2013-10-03', 'October 3, 2014', false],
    ['October 3rd', '2013-10-03', 'Thursday, October 3', true],
    ['October 3rd', '2013-10-03', 'Friday, October 3', false],
    ['October 3rd', '--10-03', 'October 3, 2013', true],
    ['October 3rd', undefined, 'October 3, 2013', true],
    ['September', '2004-09', 'September 2004', true],
    ['September', '2004-09', 'Sept. 2004', true],
    ['September', '2004-09', 'September of 2004', true],
    ['September', '2004-09', 'September 2003', false],
  ],

  'less than asked, or something else': [
    ['October 3, 2013', '2013-10-03', 'October 3', false],
    ['October 3, 2013', undefined, 'October 3', false],
    ['October 3, 2013', '2013-10-03', '2013', false],
    ['October 3rd', undefined, 'October 2013', false],
    ['September', undefined, 'September 3', false],
    ['2022', '2022', 'March 2022', false],
    ['Monday', undefined, 'Monday, March 20, 2023', false],
    ['Monday', '2023-03-20', 'Monday, March 20, 2023', true],
    ['Monday', '2023-03-20', 'March 20', false],
  ],

  'weekdays and months by name and abbreviation, on their own': [
    ['Monday', undefined, 'Monday', true],
    ['Monday', undefined, 'Mon', true],
    ['Monday', undefined, 'Mon.', true],
    ['Monday', undefined, 'mon', true],
    ['Monday', undefined, 'on Monday', true],
    ['Mon.', undefined, 'Monday', true],
    ['Tuesday', undefined, 'Tues.', true],
    ['Tuesday', undefined, 'Tue', true],
    ['Thursday', undefined, 'Thurs', true],
    ['Thursday', undefined, 'Thu.', true],
    ['Wednesday', undefined, 'Weds', true],
    ['Monday', undefined, 'Tuesday', false],
    ['Monday', undefined, 'Sunday', false],
    ['September', undefined, 'September', true],
    ['September', undefined, 'Sept.', true],
    ['September', undefined, 'Sept', true],
    ['September', undefined, 'Sep', true],
    ['September', undefined, 'in September', true],
    ['Sept.', undefined, 'September', true],
    ['May', undefined, 'may', true],
    ['September', undefined, 'October', false],
    ['September', undefined, 'Sat', false],
  ],

  'a date field whose answer is not a date': [
    ['the day before the vote', '--10-03', 'October 3', true],
    ['the day before the vote', '--10-03', 'Oct 3rd', true],
    ['the day before the vote', '--10-03', 'the day before the vote', true],
    ['the day before the vote', '--10-03', 'October 4', false],
    ['the year the war began', '2022', 'in 2022', true],
  ],

  'answers that are not dates are compared as typed answers': [
    ['three days', undefined, '3 days', false],
    ['three days', undefined, 'three days', true],
    ['three days', undefined, 'thre days', true],
    ['last month', undefined, 'last month', true],
    ['last month', undefined, 'today', false],
  ],
};

describe('matchesDateAnswer: a typed date question, answered at the precision its answer states', () => {
  describe.each(Object.entries(groups))('%s', (_name, rows) => {
    it.each(rows)('answer %j, date %j: %j is right: %s', (...row) => {
      expect(check(row)).toBe(row[3]);
    });
  });

  it('reads the accepted forms as dates too, each at its own precision', () => {
    const key = { answer: 'Monday, March 20, 2023', accept: ['Monday', 'March 20'], date: '2023-03-20' };
    expect(['Mon', 'Mar. 20', '20 March', 'March 20, 2023', '3/20/2023'].filter((typed) => !matchesDateAnswer(typed, key))).toEqual([]);
    expect(['Tuesday', 'March 21', 'March 20, 2022', 'March 2023'].filter((typed) => matchesDateAnswer(typed, key))).toEqual([]);
  });

  it('takes the year a student may add from an accepted form when there is no date field', () => {
    const key = { answer: 'October 3rd', accept: ['October 3, 2013'] };
    expect(matchesDateAnswer('3 Oct 2013', key)).toBe(true);
    expect(matchesDateAnswer('3 Oct 2014', key)).toBe(false);
  });
});

describe('docs/scoring.md, "Typed dates"', () => {
  const docs = fs.readFileSync(path.resolve(__dirname, '../../docs/scoring.md'), 'utf8');
  /** The body rows of the table under a header line, as cells. */
  const table = (header: string) => {
    const lines = docs.slice(docs.indexOf(header)).split('\n').slice(2);
    return lines.slice(0, lines.findIndex((line) => !line.startsWith('|'))).map((line) => line.slice(1, -1).split('|').map((cell) => cell.trim()));
  };
  const forms = table('| Precision | Written as, for example | Read the same |').flatMap(([, written = '', same = '']) => same.split(' · ').map((typed) => [written, typed]));
  const examples = table('| `answer` | `date` | Typed | Right? |');

  it('has forms and examples', () => {
    expect(Math.min(forms.length, examples.length)).toBeGreaterThan(5);
  });

  it.each(forms)('reads %j and %j as the same date', (written, typed) => {
    expect(check([written, undefined, typed, true])).toBe(true);
  });

  it.each(examples)('answer %j, date %j: %j is right: %s', (answer = '', date = '', typed = '', right = '') => {
    expect(check([answer, date || undefined, typed, right.startsWith('yes')])).toBe(right.startsWith('yes'));
  });
});

describe('disagreeingDateForms: accepted forms that name another date, for content:check to warn about', () => {
  it.each([
    ['October 3rd', ['Oct 3', 'October 3, 2013', 'Thursday'], '2013-10-03', []],
    ['October 3rd', ['October 4'], '2013-10-03', ['October 4']],
    ['October 3rd', ['October 3, 2014'], '2013-10-03', ['October 3, 2014']],
    ['October 3rd', ['Friday'], '2013-10-03', ['Friday']],
    ['October 4th', [], '--10-03', ['October 4th']],
    ['October 3rd', ['the 4th of October', 'three days'], undefined, ['the 4th of October']],
    ['Monday', ['Mon', 'Tuesday'], undefined, ['Tuesday']],
    ['three days', ['3 days', 'October 4'], undefined, []],
  ])('answer %j, accept %j, date %j: %j', (answer, accept, date, disagreeing) => {
    expect(disagreeingDateForms({ answer, accept, ...(date !== undefined && { date }) })).toEqual(disagreeing);
  });
});
