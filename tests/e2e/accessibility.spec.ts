import type { Page } from '@playwright/test';

import { READING_SETTINGS_KEY } from '@/lib/reading-aids';

import { seriousViolations } from './support/axe';
import { ENGLISH_VOICES, installFakeSpeech } from './support/fake-speech';
import { answerSomeRightSomeWrong } from './seed-answers';
import { expect, test } from './fixtures';

const DEV = `http://127.0.0.1:${Number(process.env.E2E_DEV_PORT ?? 3101)}`;

async function withSettings(page: Page, settings: Record<string, string>) {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [READING_SETTINGS_KEY, JSON.stringify(settings)] as const);
}

test('the library has no serious or critical axe-core violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the set page has no serious or critical axe-core violations, before and after submitting', async ({ setPage, page }) => {
  test.setTimeout(120_000);
  await setPage.goto();
  expect(await seriousViolations(page)).toEqual([]);
  await setPage.type('city-xi-landed-in', 'Moscow');
  await setPage.choose('claim-arms-ammunition', 'True');
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('in the dark theme of the device', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(installFakeSpeech, { voices: ENGLISH_VOICES });
  });

  test('the library has no serious or critical axe-core violations', async ({ page, readingAids }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await readingAids.backgroundColour()).toBe('rgb(24, 23, 21)');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the set page has none either: settings open, read aloud playing, answers right, wrong and partly right', async ({ setPage, readingAids, page }) => {
    test.setTimeout(120_000);
    await setPage.goto();
    await readingAids.openSettings();
    await readingAids.readAloudButton('Read aloud').click();
    await expect(readingAids.readAloudButton('Pause')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await answerSomeRightSomeWrong(setPage);
    await setPage.submit({ anyway: true });
    await expect(setPage.score()).toBeVisible();
    for (const verdict of ['Correct', 'Not right', 'Partly right']) await expect(page.getByTestId('feedback').filter({ hasText: verdict }).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a set with errors (in development) shows them with no serious or critical violations', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${DEV}/sets/broken-set`);
    await expect(page.getByRole('heading', { name: 'This question set has errors' })).toBeVisible();
    // The development server may reload the page once as its first compile settles, taking axe's page away mid-run: run it again then.
    await expect(async () => {
      await expect(page.getByRole('heading', { name: 'This question set has errors' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    }).toPass({ timeout: 60_000 });
  });
});

test('the largest text, the widest spacing and the legible typeface, chosen in the dark theme, keep the set page free of serious violations', async ({ setPage, readingAids, page }) => {
  test.setTimeout(120_000);
  await withSettings(page, { textSize: 'largest', lineSpacing: 'wider', typeface: 'legible', theme: 'dark' });
  await setPage.goto();
  expect(await readingAids.rootAttributes()).toEqual({ 'data-text-size': 'largest', 'data-line-spacing': 'wider', 'data-theme': 'dark', 'data-typeface': 'legible' });
  await readingAids.openSettings();
  expect(await seriousViolations(page)).toEqual([]);
  await answerSomeRightSomeWrong(setPage);
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the set page has no serious or critical axe-core violations while sentences are being selected, nor after with both parts scored', async ({ setPage, page }) => {
  test.setTimeout(120_000);
  await setPage.goto();
  await setPage.choose('why-russia-still-matters', 'Russia supplies China with energy and military technology.');
  await setPage.citeButton('why-russia-still-matters', 'cite').click();
  await setPage.sentence('7.1').click();
  await setPage.sentence('7.2').click();
  await expect(setPage.sentenceBox('7.2')).toBeChecked();
  await expect(setPage.citeAnnouncement()).toContainText('2 selected');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await setPage.submit({ anyway: true });
  await expect(setPage.feedback('why-russia-still-matters')).toContainText('Part B');
  expect(await seriousViolations(page)).toEqual([]);
});
