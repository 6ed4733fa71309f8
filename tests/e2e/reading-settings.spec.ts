import type { Page } from '@playwright/test';

import { READING_SETTINGS_KEY } from '@/lib/reading-aids';

import { expect, test } from './fixtures';

/** Computed sizes come back rounded to a few decimals. */
function expectMetrics(actual: { fontSize: number; lineHeight: number }, expected: { fontSize: number; lineHeight: number }) {
  expect(actual.fontSize).toBeCloseTo(expected.fontSize, 2);
  expect(actual.lineHeight).toBeCloseTo(expected.lineHeight, 2);
}

const LIGHT_PAPER = 'rgb(251, 250, 247)';
const DARK_PAPER = 'rgb(24, 23, 21)';

/** Saves reading settings in localStorage before the page's own code runs, as an earlier visit would have. */
async function savedBeforeVisit(page: Page, settings: Record<string, unknown>) {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [READING_SETTINGS_KEY, JSON.stringify(settings)] as const);
}

test('saved settings are on <html> and in the article before the page paints, without any of the app’s JavaScript', async ({ page, readingAids: aids }) => {
  await savedBeforeVisit(page, { textSize: 'largest', lineSpacing: 'wider', theme: 'dark', typeface: 'standard' });
  // Without the bundles nothing but the inline script in <head> can apply them.
  await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
  await page.goto('/sets/xi-jinping-in-russia', { waitUntil: 'domcontentloaded' });
  expect(await aids.rootAttributes()).toEqual({ 'data-text-size': 'largest', 'data-line-spacing': 'wider', 'data-theme': 'dark', 'data-typeface': 'standard' });
  // text-lg (1.125rem) at a root size of 150%, and the wider line spacing.
  expectMetrics(await aids.paragraphMetrics(), { fontSize: 27, lineHeight: 27 * 2.3 });
  expect(await aids.backgroundColour()).toBe(DARK_PAPER);
  await expect(page.getByTestId('quiz-status')).not.toHaveAttribute('data-hydrated', 'true');
});

test('with nothing saved, the article keeps its standard size and spacing, and the theme follows the device', async ({ page, readingAids: aids }) => {
  await page.goto('/sets/xi-jinping-in-russia', { waitUntil: 'domcontentloaded' });
  expect(await aids.rootAttributes()).toEqual({ 'data-text-size': 'standard', 'data-line-spacing': 'standard', 'data-theme': 'system', 'data-typeface': 'standard' });
  expectMetrics(await aids.paragraphMetrics(), { fontSize: 18, lineHeight: 18 * 1.625 });
  expect(await aids.backgroundColour()).toBe(LIGHT_PAPER);
});

test('unreadable saved settings fall back to the standard ones', async ({ page, readingAids: aids }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, '{"textSize": "huge", "theme": "dark"'), READING_SETTINGS_KEY);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  expect(await aids.rootAttributes()).toMatchObject({ 'data-text-size': 'standard', 'data-theme': 'system' });
});

test('settings chosen in the panel apply at once and persist across a reload', async ({ setPage, readingAids: aids, page }) => {
  await setPage.goto();
  const standard = await aids.paragraphMetrics();
  await aids.choose('Text size', 'Larger');
  await aids.choose('Line spacing', 'Wide');
  await aids.choose('Typeface', 'Atkinson Hyperlegible');
  const changed = { fontSize: standard.fontSize * 1.25, lineHeight: standard.fontSize * 1.25 * 1.9 };
  expectMetrics(await aids.paragraphMetrics(), changed);
  expect(await page.locator('[data-paragraph]').first().evaluate((p) => getComputedStyle(p).fontFamily)).toMatch(/^"Atkinson Hyperlegible Next"/);

  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await aids.rootAttributes()).toEqual({ 'data-text-size': 'larger', 'data-line-spacing': 'wide', 'data-theme': 'system', 'data-typeface': 'legible' });
  expectMetrics(await aids.paragraphMetrics(), changed);
  await setPage.waitForSavedAnswers();
  await aids.openSettings();
  await expect(aids.settings().getByRole('radio', { name: 'Larger' })).toBeChecked();

  await aids.settings().getByRole('button', { name: 'Back to the standard settings' }).click();
  expectMetrics(await aids.paragraphMetrics(), standard);
  await expect(aids.settings().getByRole('radio', { name: 'Standard' }).first()).toBeChecked();
});

test('the dark theme follows the device, and the theme setting overrides it either way', async ({ setPage, readingAids: aids, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await setPage.goto();
  expect(await aids.backgroundColour()).toBe(DARK_PAPER);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await aids.backgroundColour()).toBe(LIGHT_PAPER);
  await page.emulateMedia({ colorScheme: 'dark' });

  await aids.choose('Theme', 'Light');
  expect(await aids.backgroundColour()).toBe(LIGHT_PAPER);
  await page.reload();
  expect(await aids.backgroundColour()).toBe(LIGHT_PAPER);

  await page.emulateMedia({ colorScheme: 'light' });
  await aids.choose('Theme', 'Dark');
  expect(await aids.backgroundColour()).toBe(DARK_PAPER);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
  await aids.choose('Theme', 'As the device');
  expect(await aids.backgroundColour()).toBe(LIGHT_PAPER);
});

test('the settings panel works from the keyboard and closes with Escape', async ({ setPage, readingAids: aids, page }) => {
  await setPage.goto();
  await aids.settingsButton().focus();
  await page.keyboard.press('Enter');
  await expect(aids.settingsButton()).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  const standardSize = aids.settings().getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Standard' });
  await expect(standardSize).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(aids.settings().getByRole('radio', { name: 'Large', exact: true })).toBeChecked();
  expect(await aids.rootAttributes()).toMatchObject({ 'data-text-size': 'large' });
  await page.keyboard.press('Escape');
  await expect(aids.settings()).toBeHidden();
  await expect(aids.settingsButton()).toBeFocused();
  await expect(aids.settingsButton()).toHaveAttribute('aria-expanded', 'false');
});

test('a change in one tab reaches the others', async ({ setPage, readingAids: aids, context }) => {
  await setPage.goto();
  const other = await context.newPage();
  await other.goto('/');
  await aids.choose('Theme', 'Dark');
  await expect.poll(() => other.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
  await other.close();
});

test('the legible typeface is fetched from this site, and only once it is chosen', async ({ setPage, readingAids: aids, page, baseURL }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  await setPage.goto();
  await page.evaluate(() => document.fonts.ready.then(() => true));
  expect(fonts).toEqual([]);

  await aids.choose('Typeface', 'Atkinson Hyperlegible');
  await expect.poll(() => page.evaluate(() => document.fonts.check('1rem "Atkinson Hyperlegible Next"'))).toBe(true);
  expect(fonts.length).toBeGreaterThan(0);
  for (const url of fonts) {
    expect(new URL(url).origin).toBe(new URL(baseURL ?? '').origin);
    expect(url).toMatch(/\/_next\/static\/media\/atkinson-hyperlegible-next-latin-\d+-(normal|italic)\.[\w-]+\.woff2$/);
  }
});
