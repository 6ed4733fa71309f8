import { describe, expect, it } from 'vitest';

import { findDateExpressions } from '@/lib/drafting';

/** Published on Monday 20 March 2023, like the seed article. */
const REFERENCE = new Date('2023-03-20T12:00:00');

/** What was found, and what a relative expression was read as (its calendar form). */
const found = (text: string) => findDateExpressions(text, REFERENCE).map(({ text: t, lead, kind, calendar, resolved }) => ({ text: t, lead, kind, calendar, resolved: resolved?.calendar }));

describe('findDateExpressions', () => {
  it.each([
    ['a weekday, resolved', 'Xi landed in Moscow on Monday for talks.', [{ text: 'Monday', lead: 'on', kind: 'point', resolved: '2023-03-20' }]],
    ['a weekday and a part of the day', 'He landed on Monday afternoon.', [{ text: 'Monday afternoon', lead: 'on', kind: 'point', resolved: '2023-03-20' }]],
    ['a weekday before publication', 'The court issued a warrant on Friday.', [{ text: 'Friday', lead: 'on', kind: 'point', resolved: '2023-03-17' }]],
    ['a weekday after publication, in the future tense', 'The two leaders will sign the deal on Wednesday.', [{ text: 'Wednesday', lead: 'on', kind: 'point', resolved: '2023-03-22' }]],
    ['“today”', 'NASA said today that the launch was a success.', [{ text: 'today', kind: 'point', resolved: '2023-03-20' }]],
    ['a month and day without a year', 'The talks ended on Saturday, March 18.', [{ text: 'Saturday, March 18', lead: 'on', kind: 'point', calendar: '--03-18' }]],
    ['a span of days, with no month written', 'No sighting within the last 59 days.', [{ text: 'last 59 days', kind: 'point' }]],
    ['a bare year after a preposition', 'Trade rose to a record in 2022.', [{ text: '2022', lead: 'in', kind: 'point', calendar: '2022' }]],
    ['a qualified year', 'The war may end by mid-2024.', [{ text: 'mid-2024', lead: 'by', kind: 'point', calendar: '2024' }]],
    ['a decade', 'It began in the 1990s.', [{ text: '1990s', lead: 'in', kind: 'point' }]],
    ['a full date', 'He spoke on Tuesday, March 21, 2023.', [{ text: 'Tuesday, March 21, 2023', lead: 'on', kind: 'point', calendar: '2023-03-21' }]],
    ['“last month”, resolved from the reference date', 'Beijing proposed a plan last month.', [{ text: 'last month', kind: 'point', resolved: '2023-02' }]],
    ['“earlier this year”', 'Trade surged earlier this year.', [{ text: 'earlier this year', kind: 'point', resolved: '2023' }]],
    ['“the past year”', 'Ties deepened over the past year.', [{ text: 'the past year', lead: 'over', kind: 'point' }]],
    ['“February last year”, as one expression', 'The war started in February last year.', [{ text: 'February last year', lead: 'in', kind: 'point', resolved: '2022-02' }]],
    ['a hyphenated duration', 'The three-day visit began.', [{ text: 'three-day', kind: 'duration' }]],
    ['a duration with “for”', 'The talks lasted for two weeks.', [{ text: 'two weeks', lead: 'for', kind: 'duration' }]],
    ['an ordinal', 'The war is in its second year.', [{ text: 'second year', lead: 'its', kind: 'ordinal' }]],
    ['a month before a comma', 'They met in October, before the vote.', [{ text: 'October', lead: 'in', kind: 'point' }]],
  ])('finds %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected.map((e) => ({ lead: undefined, calendar: undefined, resolved: undefined, ...e })));
  });

  it.each([
    ['an age', 'A 45-year-old man spoke.'],
    ['a month name used as a word', 'You may go now.'],
    ['a day inside a name', 'Shops opened for Black Friday sales.'],
    ['a number that is not a year', 'The 2022 budget passed.'],
    ['“for the first time”', 'It is playing a role for the first time.'],
    ['“now”', 'The talks are over now.'],
  ])('ignores %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
