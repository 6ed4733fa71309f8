import vm from 'node:vm';

import { describe, expect, it } from 'vitest';

import { READING_SETTINGS_KEY, readingSettingsScript } from '@/lib/reading-aids';

/** Runs the inline script as a browser would, with nothing but the page's globals, and returns what it set on <html>. */
function runScript(storage: { getItem(key: string): string | null }): Record<string, string> {
  const attributes: Record<string, string> = {};
  const documentElement = { setAttribute: (name: string, value: string) => (attributes[name] = value) };
  vm.runInNewContext(readingSettingsScript(), { window: { localStorage: storage }, document: { documentElement } });
  return attributes;
}

const storing = (value: string | null) => ({ getItem: (key: string) => (key === READING_SETTINGS_KEY ? value : null) });
const defaults = { 'data-text-size': 'standard', 'data-line-spacing': 'standard', 'data-theme': 'system', 'data-typeface': 'standard' };

describe('readingSettingsScript', () => {
  it.each<[string, { getItem(key: string): string | null }, Record<string, string>]>([
    ['nothing saved', storing(null), defaults],
    ['saved settings', storing('{"textSize":"largest","theme":"dark","typeface":"legible","lineSpacing":"wide"}'), { 'data-text-size': 'largest', 'data-line-spacing': 'wide', 'data-theme': 'dark', 'data-typeface': 'legible' }],
    ['broken JSON', storing('{"theme":'), defaults],
    ['an unknown value', storing('{"theme":"sepia","textSize":"large"}'), { ...defaults, 'data-text-size': 'large' }],
    [
      'storage that throws (privacy settings, sandboxed frames)',
      {
        getItem: () => {
          throw new Error('SecurityError');
        },
      },
      defaults,
    ],
  ])('%s', (_, storage, expected) => {
    expect(runScript(storage)).toEqual(expected);
  });

  it('is one small expression, with no import left in it', () => {
    const script = readingSettingsScript();
    expect(script).not.toMatch(/\bimport\b|\brequire\(/);
    expect(script.length).toBeLessThan(2000);
  });
});
