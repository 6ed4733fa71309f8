import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
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
