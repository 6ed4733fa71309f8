import { describe, expect, it } from 'vitest';

import { parseDraftArgs } from '@/lib/drafting';

describe('parseDraftArgs', () => {
  it.each([
    [['xi-jinping-in-russia'], { articleId: 'xi-jinping-in-russia', stdout: false, force: false, help: false }],
    [['xi-jinping-in-russia', '--force'], { articleId: 'xi-jinping-in-russia', stdout: false, force: true, help: false }],
    [['xi-jinping-in-russia', '--stdout'], { articleId: 'xi-jinping-in-russia', stdout: true, force: false, help: false }],
    [['--out', 'x.yaml', 'xi-jinping-in-russia'], { articleId: 'xi-jinping-in-russia', out: 'x.yaml', stdout: false, force: false, help: false }],
    [['content/articles/xi-jinping-in-russia.md'], { articleId: 'xi-jinping-in-russia', stdout: false, force: false, help: false }],
    [['a', '--root', '/tmp/site'], { articleId: 'a', root: '/tmp/site', stdout: false, force: false, help: false }],
    [['--help'], { articleId: '', stdout: false, force: false, help: true }],
  ])('reads %j', (argv, expected) => {
    expect(parseDraftArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], /name the article/],
    [['a', 'b'], /name one article/],
    [['a', '--out', 'x.yaml', '--stdout'], /not both/],
    [['a', '--colour'], /Unknown option/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseDraftArgs(argv)).toThrow(message);
  });
});
