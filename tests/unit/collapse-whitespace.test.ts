import { describe, expect, it } from 'vitest';

import { collapseWhitespace } from '@/lib/text';

describe('collapseWhitespace', () => {
  it.each([
    ['leaves single spaces', 'a b c', 'a b c'],
    ['collapses a run of spaces', 'a   b', 'a b'],
    ['turns a tab into a space', 'a\tb', 'a b'],
    ['turns a newline into a space', 'a\nb', 'a b'],
    ['collapses mixed runs', 'a \t\r\n b', 'a b'],
    ['keeps one space at each end', '  a  ', ' a '],
    ['turns a lone line separator into a space', 'a\u2028b', 'a b'],
    ['turns a no-break space into a space', 'a\u00A0b', 'a b'],
    ['leaves text without whitespace alone', 'abc', 'abc'],
    ['leaves the empty string alone', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });

  it.each(['a \u2009 b\n\n\tc', '\ufeffx\u3000\u3000y', ' \n ', 'one two  three\t\tfour\u00A0five'])('agrees with /\\s+/g on %j', (input) => {
    expect(collapseWhitespace(input)).toBe(input.replace(/\s+/g, ' '));
  });
});
