import { describe, expect, it } from 'vitest';

import { dateAnswerVariants, type DateExpression } from '@/lib/drafting';

const at = (fields: Partial<DateExpression> & Pick<DateExpression, 'text' | 'kind'>): DateExpression => ({ start: 0, end: fields.text.length, ...fields });

describe('dateAnswerVariants', () => {
  it.each([
    ['a weekday', at({ text: 'Monday', lead: 'on', kind: 'point' }), ['on Monday', 'Mon']],
    ['a weekday afternoon', at({ text: 'Monday afternoon', lead: 'on', kind: 'point' }), ['on Monday afternoon', 'Mon afternoon', 'Monday', 'on Monday', 'Mon']],
    ['a year', at({ text: '2022', lead: 'in', kind: 'point', calendar: '2022' }), ['in 2022']],
    ['a qualified year', at({ text: 'early 2022', lead: 'in', kind: 'point', calendar: '2022' }), ['in early 2022', '2022']],
    ['the past year', at({ text: 'the past year', lead: 'over', kind: 'point' }), ['over the past year', 'past year']],
    ['a hyphenated duration', at({ text: 'three-day', kind: 'duration' }), ['three days', 'three day', '3 days', '3-day']],
    ['a duration in figures', at({ text: '90-minute', kind: 'duration' }), ['90 minutes', '90 minute']],
    ['a duration with “for”', at({ text: 'two weeks', lead: 'for', kind: 'duration' }), ['for two weeks', 'two-week', 'two week', '2 weeks', '2-week']],
    ['an ordinal', at({ text: 'second year', lead: 'its', kind: 'ordinal' }), ['its second year', 'the second year', '2nd year', 'year two', 'year 2']],
  ])('%s', (_name, expression, expected) => {
    expect(dateAnswerVariants(expression)).toEqual(expected);
  });
});
