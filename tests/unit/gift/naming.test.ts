import { describe, expect, it } from 'vitest';

import { categoryTitle, importedSetId, importedSetTitle, questionId } from '@/lib/gift';

describe('questionId', () => {
  it.each<[string | null, string, string[], string]>([
    ['Capital city', 'Which city?', [], 'capital-city'],
    [null, 'In which city did Xi Jinping land at the start of his visit?', [], 'in-which-city-did-xi-jinping-land-at-the'],
    [null, "Xi's visit was expected to last _____ days.", [], 'xis-visit-was-expected-to-last-days'],
    ['Q1', 'Anything', ['q1'], 'q1-2'],
    ['Q1', 'Anything', ['q1', 'q1-2'], 'q1-3'],
    ['习近平', '在哪里？', [], 'question-7'],
  ])('title %j, text %j, taken %j → %s', (title, text, taken, id) => {
    expect(questionId(title, text, new Set(taken), 7)).toBe(id);
  });
});

describe('naming the imported set', () => {
  it.each([
    ['$course$/top/Week 3/Reading', 'Reading'],
    ['$course$/top/Default for Week 3', 'Default for Week 3'],
    ['top', null],
    ['Essays', 'Essays'],
  ])('category %j → title %j', (category, title) => {
    expect(categoryTitle(category)).toBe(title);
  });

  it.each([
    [[{ name: '$course$/top' }, { name: '$course$/top/Week 3' }], 'quiz.gift', 'Week 3'],
    [[], 'week-3_quiz.gift', 'Week 3 quiz'],
    [[], '/tmp/exports/xi in moscow.txt', 'Xi in moscow'],
    [[], '.gift', 'Imported questions'],
  ])('categories %j and file %j → title %j', (categories, file, title) => {
    expect(importedSetTitle(categories, file)).toBe(title);
  });

  it.each([
    ['week-3_quiz.gift', 'week-3-quiz'],
    ['/tmp/Xi in Moscow.GIFT', 'xi-in-moscow'],
    ['测验.gift', ''],
  ])('file %j → set id %j', (file, id) => {
    expect(importedSetId(file)).toBe(id);
  });
});
