import { describe, expect, it } from 'vitest';

import { defaultReadingSettings, readingAttributes, readingOptions, readSavedReadingSettings, type ReadingSettings } from '@/lib/reading-aids';

const saved = (value: unknown) => JSON.stringify(value);

describe('readSavedReadingSettings', () => {
  it.each<[string, string | null, Partial<ReadingSettings>]>([
    ['nothing saved', null, {}],
    ['an empty string', '', {}],
    ['text that is not JSON', '{"textSize": "large"', {}],
    ['JSON that is not an object', saved('dark'), {}],
    ['null', saved(null), {}],
    ['an array', saved(['large']), {}],
    ['an empty object', saved({}), {}],
    ['every setting', saved({ textSize: 'largest', lineSpacing: 'wider', theme: 'dark', typeface: 'legible', speechRate: 1.5 }), { textSize: 'largest', lineSpacing: 'wider', theme: 'dark', typeface: 'legible', speechRate: 1.5 }],
    ['one setting', saved({ theme: 'light' }), { theme: 'light' }],
    ['an unknown value next to a good one', saved({ textSize: 'huge', theme: 'dark' }), { theme: 'dark' }],
    ['a value of the wrong type', saved({ textSize: 2, speechRate: '1.5' }), {}],
    ['a speed that is not offered', saved({ speechRate: 3 }), {}],
    ['a differently spelt value', saved({ theme: 'Dark' }), {}],
    ['unknown keys', saved({ fontSize: 30, textSize: 'large' }), { textSize: 'large' }],
    ['an inherited name', '{"__proto__": {"theme": "dark"}, "toString": "x"}', {}],
  ])('%s', (_, raw, expected) => {
    expect(readSavedReadingSettings(raw)).toEqual({ ...defaultReadingSettings, ...expected });
  });

  it('never hands out the defaults object itself', () => {
    expect(readSavedReadingSettings(null)).not.toBe(defaultReadingSettings);
  });

  it('has a default among the options of every setting', () => {
    for (const [key, value] of Object.entries(defaultReadingSettings)) expect(readingOptions[key as keyof ReadingSettings]).toContain(value);
  });
});

describe('readingAttributes', () => {
  it.each<[string, ReadingSettings, Record<string, string>]>([
    ['the defaults', defaultReadingSettings, { 'data-text-size': 'standard', 'data-line-spacing': 'standard', 'data-theme': 'system', 'data-typeface': 'standard' }],
    [
      'changed settings',
      { textSize: 'larger', lineSpacing: 'wide', theme: 'dark', typeface: 'legible', speechRate: 0.75 },
      { 'data-text-size': 'larger', 'data-line-spacing': 'wide', 'data-theme': 'dark', 'data-typeface': 'legible' },
    ],
  ])('%s: one attribute for each setting of the look, none for the speed', (_, settings, expected) => {
    expect(readingAttributes(settings)).toEqual(expected);
  });
});
