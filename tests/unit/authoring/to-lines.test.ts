import { describe, expect, it } from 'vitest';

import { toLines } from '@/lib/authoring';
import { countWords as wordCount } from '@/lib/content';

describe('toLines', () => {
  it.each([
    ['LF', 'a\nb', ['a', 'b']],
    ['CRLF', 'a\r\nb\r\n', ['a', 'b', '']],
    ['old Mac CR', 'a\rb', ['a', 'b']],
    ['a byte-order mark', '\uFEFFa\nb', ['a', 'b']],
    ['trailing spaces, tabs and no-break spaces', 'a  \nb\t\u00A0\nc', ['a', 'b', 'c']],
    ['leading spaces, which stay', '  a', ['  a']],
    ['curly quotes and dashes, which stay', '“a”—b–c’', ['“a”—b–c’']],
  ])('splits %s', (_name, text, lines) => {
    expect(toLines(text)).toEqual(lines);
  });
});

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ['  one two\tthree ', 3],
  ])('%j has %i words', (line, count) => {
    expect(wordCount(line)).toBe(count);
  });
});
