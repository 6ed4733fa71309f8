import { describe, expect, it } from 'vitest';

import { parseImportGiftArgs } from '@/lib/gift';

const BASE = { file: 'quiz.gift', articleId: 'xi-jinping-in-russia', mode: 'practice', force: false, help: false };

describe('parseImportGiftArgs', () => {
  it.each([
    [['quiz.gift', '--article', 'xi-jinping-in-russia'], BASE],
    [['--article', 'content/articles/xi-jinping-in-russia.md', 'quiz.gift'], BASE],
    [['quiz.gift', '--article', 'xi-jinping-in-russia', '--id', 'week-3', '--title', ' Week 3 ', '--mode', 'test', '--root', '/tmp/x', '--force'],
      { ...BASE, id: 'week-3', title: 'Week 3', mode: 'test', root: '/tmp/x', force: true }],
    [['--help'], { file: '', articleId: '', mode: 'practice', force: false, help: true }],
  ])('reads %j', (argv, expected) => {
    expect(parseImportGiftArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--article', 'a'], /name the GIFT file/],
    [['a.gift', 'b.gift', '--article', 'a'], /name one GIFT file, not 2/],
    [['a.gift'], /--article <articleId>/],
    [['a.gift', '--article', 'a', '--mode', 'exam'], /--mode is practice or test, not "exam"/],
    [['a.gift', '--article', 'a', '--title', ' '], /--title must not be empty/],
    [['a.gift', '--article', 'a', '--colour'], /Unknown option/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseImportGiftArgs(argv)).toThrow(message);
  });
});
