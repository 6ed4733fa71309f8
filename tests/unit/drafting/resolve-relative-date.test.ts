import { describe, expect, it } from 'vitest';

import { resolvedQuestionParts, resolveRelativeDate } from '@/lib/drafting';

/** Days of publication, read at noon as the drafter reads them. */
const at = (day: string) => new Date(`${day}T12:00:00`);
/** A Monday, like the seed article. */
const MONDAY = '2023-03-20';
/** A Friday: the week before runs over two months. */
const FRIDAY = '2023-03-31';
const SEPT_6 = '2004-09-06';

type Row = [written: string, before: string, published: string, calendar: string | null, precision?: string];

describe('resolveRelativeDate: a relative date counted from the day of publication', () => {
  it.each<Row>([
    ['today', 'NASA Administrator Sean O’Keefe said', SEPT_6, '2004-09-06', 'day'],
    ['tonight', 'The vote takes place', MONDAY, '2023-03-20', 'day'],
    ['this morning', 'He spoke', MONDAY, '2023-03-20', 'day'],
    ['yesterday', 'He arrived', MONDAY, '2023-03-19', 'day'],
    ['yesterday afternoon', 'He arrived', MONDAY, '2023-03-19', 'day'],
    ['last night', 'Fighting erupted', MONDAY, '2023-03-19', 'day'],
    ['tomorrow', 'They meet', MONDAY, '2023-03-21', 'day'],
    ['Monday', 'Xi landed in Moscow on', MONDAY, '2023-03-20', 'day'],
    ['Monday afternoon', 'Xi told reporters as he landed on', MONDAY, '2023-03-20', 'day'],
    ['Friday', 'the court issued a warrant on', MONDAY, '2023-03-17', 'day'],
    ['Tuesday night', 'He spoke', MONDAY, '2023-03-14', 'day'],
    ['early Saturday morning', 'She was reached', MONDAY, '2023-03-18', 'day'],
    ['Sunday', 'The talks ended on', MONDAY, '2023-03-19', 'day'],
    ['Wednesday', 'The two leaders will sign the deal on', MONDAY, '2023-03-22', 'day'],
    ['Friday', 'The launch is due to take place on', MONDAY, '2023-03-24', 'day'],
    ['Friday', 'They said the warrant, which will not stop him, was issued on', MONDAY, '2023-03-17', 'day'],
    ['last Friday', 'He left', MONDAY, '2023-03-17', 'day'],
    ['last Monday', 'He left', MONDAY, '2023-03-13', 'day'],
    ['next Tuesday', 'He leaves', MONDAY, '2023-03-21', 'day'],
    ['next Monday', 'He leaves', MONDAY, '2023-03-27', 'day'],
    ['Thursday', 'Voters went to the polls on', SEPT_6, '2004-09-02', 'day'],
    ['two days ago', 'He left', MONDAY, '2023-03-18', 'day'],
    ['3 days ago', 'He left', MONDAY, '2023-03-17', 'day'],
    ['last month', 'Beijing proposed a peace plan', MONDAY, '2023-02', 'month'],
    ['earlier this month', 'Sales rose', MONDAY, '2023-03', 'month'],
    ['next month', 'Sales will rise', '2023-12-15', '2024-01', 'month'],
    ['last year', 'Sales fell', MONDAY, '2022', 'year'],
    ['earlier this year', 'Trade surged', MONDAY, '2023', 'year'],
    ['later this year', 'The plant opens', MONDAY, '2023', 'year'],
    ['February last year', 'The war started in', MONDAY, '2022-02', 'month'],
    ['January next year', 'The plant opens in', MONDAY, '2024-01', 'month'],
    ['last week', 'Officials met', MONDAY, '2023-03', 'month'],
    ['this week', 'Officials meet', MONDAY, '2023-03', 'month'],
    ['last week', 'Officials met', FRIDAY, '2023-03', 'month'],
    ['this week', 'Officials meet', FRIDAY, '2023', 'year'],
    ['the past year', 'Ties deepened over', MONDAY, null],
    ['three weeks ago', 'It began', MONDAY, null],
    ['recently', 'It began', MONDAY, null],
    ['Sat', 'He', MONDAY, null],
  ])('%j after %j, published %s: %s (%s)', (written, before, published, calendar, precision) => {
    const resolved = resolveRelativeDate(written, before, at(published));
    expect(resolved && [resolved.calendar, resolved.precision]).toEqual(calendar === null ? null : [calendar, precision]);
  });

  it('says how it counted, for the teacher', () => {
    expect(resolveRelativeDate('Friday', 'issued on', at(MONDAY))?.reading).toBe('the Friday before publication');
    expect(resolveRelativeDate('last week', 'met', at(MONDAY))?.reading).toBe('the week of March 13–19, 2023');
    expect(resolveRelativeDate('this week', 'meet', at(FRIDAY))?.reading).toBe('the week of March 27 – April 2, 2023');
    expect(resolveRelativeDate('last month', 'proposed', at(MONDAY))?.reading).toBe('the month before publication');
  });
});

describe('resolvedQuestionParts: asking for what a relative date means, never for the word', () => {
  const parts = (written: string, before: string, published: string) => {
    const resolved = resolveRelativeDate(written, before, at(published));
    if (!resolved) throw new Error(`not resolved: ${written}`);
    return resolvedQuestionParts(written, resolved, published);
  };

  it.each([
    ['today', SEPT_6, 'on what day', 'Monday, September 6, 2004', ['Monday', 'September 6']],
    ['yesterday', SEPT_6, 'on what day', 'Sunday, September 5, 2004', ['Sunday', 'September 5']],
    ['Monday', MONDAY, 'on what day', 'Monday, March 20, 2023', ['Monday', 'March 20']],
    ['Monday afternoon', MONDAY, 'on what day', 'Monday, March 20, 2023', ['Monday', 'March 20', 'Monday afternoon']],
    ['last Friday', MONDAY, 'on what day', 'Friday, March 17, 2023', ['Friday', 'March 17', 'last Friday']],
    ['last month', MONDAY, 'in what month', 'February 2023', ['February']],
    ['last week', MONDAY, 'in what month', 'March 2023', ['March']],
    ['earlier this year', MONDAY, 'in what year', '2023', []],
  ])('%j, published %s: asks %j, answer %j, accepting %j', (written, published, asks, answer, accept) => {
    const drafted = parts(written, 'It happened', published);
    expect(drafted.ask).toContain(asks);
    expect(drafted).toMatchObject({ answer, accept });
  });

  it('explains the answer from the day of publication, and notes how it was read', () => {
    const drafted = parts('Friday', 'issued a warrant on', MONDAY);
    expect(drafted.because).toBe('It was published on Monday, March 20, 2023, so “Friday” means Friday, March 17, 2023.');
    expect(drafted.note).toBe('“Friday” read as Friday, March 17, 2023: the Friday before publication');
    expect(parts('last week', 'met', MONDAY).because).toBe('It was published on Monday, March 20, 2023, so “last week” means the week of March 13–19, 2023.');
  });
});
