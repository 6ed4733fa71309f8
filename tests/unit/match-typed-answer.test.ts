import { describe, expect, it } from 'vitest';

import { allowedTypos, matchesTypedAnswer } from '@/lib/scoring';

describe('allowedTypos (H5P "accept minor spelling errors")', () => {
  it.each([
    [1, 0],
    [3, 0],
    [4, 1],
    [9, 1],
    [10, 2],
    [30, 2],
  ])('allows for a %i-character answer %i edit(s)', (length, edits) => {
    expect(allowedTypos(length)).toBe(edits);
  });
});

const typos = { typos: true };
const exact = { typos: false };

describe('matchesTypedAnswer', () => {
  it.each([
    ['the main answer', 'Moscow', ['Moscow', 'Moscow, Russia']],
    ['an accepted alternative', 'moscow russia', ['Moscow', 'Moscow, Russia']],
    ['a later alternative', 'GMF', ['German Marshall Fund', 'GMF']],
    ['different case and punctuation', 'moscow!', ['Moscow']],
    ['a leading article', 'the German Marshall Fund', ['German Marshall Fund']],
    ['a curly apostrophe for a straight one', 'Yale’s', ["Yale's"]],
    ['a decomposed accent', 'cafe\u0301', ['café']],
  ])('accepts %s', (_name, typed, accepted) => {
    expect(matchesTypedAnswer(typed, accepted, exact)).toBe(true);
  });

  it.each([
    ['3 letters, 1 edit', 'GMG', ['GMF'], false],
    ['3 letters, exact', 'gmf', ['GMF'], true],
    ['4 letters, swapped letters (2 edits)', 'Irna', ['Iran'], false],
    ['4 letters, 1 substitution', 'Iram', ['Iran'], true],
    ['6 letters, 1 deletion', 'Moscw', ['Moscow'], true],
    ['6 letters, 2 edits', 'Mosko', ['Moscow'], false],
    ['9 letters, 1 deletion', 'Zelensky', ['Zelenskyy'], true],
    ['9 letters, 2 deletions', 'Zelensk', ['Zelenskyy'], false],
    ['10 letters, 2 edits', 'Washingtin', ['Washington'], true],
    ['12 letters, 2 edits', 'Chernishenco', ['Chernyshenko'], true],
    ['12 letters, 3 edits', 'Chornishenco', ['Chernyshenko'], false],
  ])('with typos allowed, %s → %s', (_name, typed, accepted, expected) => {
    expect(matchesTypedAnswer(typed, accepted, typos)).toBe(expected);
  });

  it.each([
    ['a one-letter slip', 'Moscw', ['Moscow']],
    ['a swapped pair of letters', 'Moscwo', ['Moscow']],
  ])('with typos:false rejects %s', (_name, typed, accepted) => {
    expect(matchesTypedAnswer(typed, accepted, exact)).toBe(false);
  });

  it.each([
    ['a different year', '2023', ['2022']],
    ['a different number of days', '4 days', ['3 days']],
    ['a number with a letter slip', '3 dayz', ['3 days']],
    ['a one-digit slip in a long answer', 'Resolution 2623', ['Resolution 2622']],
  ])('requires an exact match when the answer has digits: rejects %s', (_name, typed, accepted) => {
    expect(matchesTypedAnswer(typed, accepted, typos)).toBe(false);
  });

  it('still accepts an exact answer with digits', () => {
    expect(matchesTypedAnswer(' 2022. ', ['2022'], typos)).toBe(true);
  });

  it.each([
    ['an empty answer', ''],
    ['whitespace', '   \t'],
    ['punctuation only', '?!'],
  ])('never matches %s', (_name, typed) => {
    expect(matchesTypedAnswer(typed, ['?', 'a', 'Moscow'], typos)).toBe(false);
  });

  it('matches nothing when nothing is accepted', () => {
    expect(matchesTypedAnswer('Moscow', [], typos)).toBe(false);
  });

  it('does not accept a wrong but similar short answer', () => {
    expect(matchesTypedAnswer('Mon', ['Sun'], typos)).toBe(false);
  });
});
