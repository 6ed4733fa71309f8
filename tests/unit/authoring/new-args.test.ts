import { describe, expect, it } from 'vitest';

import { parseNewArgs } from '@/lib/authoring';

describe('parseNewArgs', () => {
  it.each([
    ['nothing: standard input', [], { source: '-', force: false, help: false }],
    ['"-"', ['-'], { source: '-', force: false, help: false }],
    ['a file', ['a.txt'], { source: 'a.txt', force: false, help: false }],
    [
      'every option',
      ['a.txt', '--id', 'my-id', '--publication', 'VICE World News', '--force'],
      { source: 'a.txt', id: 'my-id', publication: 'VICE World News', force: true, help: false },
    ],
    ['options before the file', ['--id=x', 'a.txt'], { source: 'a.txt', id: 'x', force: false, help: false }],
    ['help', ['-h'], { source: '-', force: false, help: true }],
  ])('reads %s', (_name, argv, args) => {
    expect(parseNewArgs(argv)).toEqual(args);
  });

  it.each([
    ['two files', ['a.txt', 'b.txt'], 'give one file at most'],
    ['an unknown option', ['--title', 'x'], "Unknown option '--title'"],
    ['an option without its value', ['--id'], "Option '--id <value>' argument missing"],
  ])('refuses %s', (_name, argv, message) => {
    expect(() => parseNewArgs(argv)).toThrow(message);
  });
});
