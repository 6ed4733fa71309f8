import { defaultReadingSettings, parseReadingSettings, READING_SETTINGS_KEY, readingAttributes, readingOptions } from './settings';

type Parse = typeof parseReadingSettings;
type Attributes = typeof readingAttributes;

/** Reads the saved settings and sets their attributes on <html>. Self-contained: it runs as an inline script. */
function applySavedSettings(parse: Parse, attributes: Attributes, key: string, options: Record<string, readonly unknown[]>, defaults: Record<string, unknown>) {
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
