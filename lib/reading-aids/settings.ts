/**
 * A student's reading settings: text size, line spacing, theme, typeface and
 * the speed of reading aloud. Saved in localStorage and applied to <html> as
 * data attributes, which the theme (tailwind.config.ts) turns into styles.
 */

/** Where the settings are saved in localStorage. */
export const READING_SETTINGS_KEY = 'close-reader:reading-settings';

/** Every value each setting may take. */
export const readingOptions = {
  textSize: ['standard', 'large', 'larger', 'largest'],
  lineSpacing: ['standard', 'wide', 'wider'],
  theme: ['system', 'light', 'dark'],
  typeface: ['standard', 'legible'],
  speechRate: [0.75, 1, 1.25, 1.5],
} as const;

export type ReadingOptions = typeof readingOptions;
export type ReadingSettings = { [K in keyof ReadingOptions]: ReadingOptions[K][number] };
export type TextSize = ReadingSettings['textSize'];
export type LineSpacing = ReadingSettings['lineSpacing'];

export const defaultReadingSettings: ReadingSettings = {
  textSize: 'standard',
  lineSpacing: 'standard',
  theme: 'system',
  typeface: 'standard',
  speechRate: 1,
};

/** The root font size for each text size: everything in rem grows with it. */
export const textSizeScale: Record<TextSize, number> = { standard: 1, large: 1.125, larger: 1.25, largest: 1.5 };

/** The line height of running text for each line spacing (`standard` keeps the theme's own). */
export const lineSpacingHeight: Record<LineSpacing, number | null> = { standard: null, wide: 1.9, wider: 2.3 };

/**
 * Reads saved settings, keeping each valid value and the default for anything
 * missing, unknown or unreadable. Self-contained (no outer names), so the
 * inline script in <head> runs this very function before the first paint.
 */
export function parseReadingSettings<T extends Record<string, unknown>>(raw: string | null, options: { [K in keyof T]: readonly unknown[] }, defaults: T): T {
  let saved: unknown = null;
  try {
    saved = raw === null ? null : JSON.parse(raw);
  } catch {
    saved = null;
  }
  const result = { ...defaults };
  if (typeof saved !== 'object' || saved === null) return result;
  for (const key of Object.keys(defaults) as (keyof T)[]) {
    const value = (saved as Record<keyof T, unknown>)[key];
    if (options[key].includes(value)) result[key] = value as T[keyof T];
  }
  return result;
}

/**
 * The attributes <html> carries for the settings that change how the page
 * looks, e.g. `data-text-size="large"`. Self-contained, like the parser.
 */
export function readingAttributes(settings: Record<string, unknown>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const key of ['textSize', 'lineSpacing', 'theme', 'typeface']) {
    attributes[`data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`] = String(settings[key]);
  }
  return attributes;
}

/** The settings as saved in localStorage. */
export function readSavedReadingSettings(raw: string | null): ReadingSettings {
  return parseReadingSettings<ReadingSettings>(raw, readingOptions, defaultReadingSettings);
}

/** Reads the saved settings and sets their attributes on <html>. Self-contained: it runs as an inline script. */
function applySavedSettings(
  parse: typeof parseReadingSettings,
  attributes: typeof readingAttributes,
  key: string,
  options: Record<string, readonly unknown[]>,
  defaults: Record<string, unknown>,
) {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    // Storage can be forbidden (privacy settings, sandboxed frames): the defaults apply.
  }
  const values = attributes(parse(raw, options, defaults));
  for (const name of Object.keys(values)) document.documentElement.setAttribute(name, values[name] as string);
}

/**
 * The inline script for <head> that applies the saved reading settings before
 * the body paints (the pages are static, so the server cannot know them). It
 * runs the same parser the settings panel uses.
 */
export function readingSettingsScript(): string {
  const args = [parseReadingSettings, readingAttributes, READING_SETTINGS_KEY, readingOptions, defaultReadingSettings].map((arg) => (typeof arg === 'function' ? String(arg) : JSON.stringify(arg)));
  return `(${String(applySavedSettings)})(${args.join(',')})`;
}
