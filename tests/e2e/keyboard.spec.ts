import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

/** Presses Tab until focus is inside the element, as a keyboard user would. */
async function tabInto(page: Page, selector: string) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.closest(s) !== null, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Answers whatever control has focus, using only the keyboard. */
async function answerFocused(page: Page) {
  const control = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el ? `${el.tagName.toLowerCase()}:${el.type ?? ''}` : '';
  });
  if (control === 'input:text') await page.keyboard.type('an answer');
  else if (control === 'input:radio' || control === 'input:checkbox') await page.keyboard.press('Space');
  else if (control === 'select:select-one') await page.keyboard.press('ArrowDown');
  else if (control === 'button:button') await page.keyboard.press('Enter');
  else throw new Error(`Unexpected control with focus: ${control}`);
}

test('a student completes the whole set with the keyboard alone', async ({ setPage, page }) => {
  await setPage.goto();
  const ids = await page.locator('section[data-question]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-question') ?? ''));
  expect(ids).toHaveLength(38);

  for (const id of ids) {
    await tabInto(page, `section[data-question="${id}"]`);
    await answerFocused(page);
  }
  await expect(setPage.progress()).toHaveText('Answered 38 of 38');

  await tabInto(page, '#submit-answers');
  await page.keyboard.press('Enter');
  await expect(setPage.score()).toBeFocused();
  await expect(setPage.score()).toHaveText(/^Your score: [\d.]+ of 38/);

  // The first evidence link is reachable and works from the keyboard too.
  await tabInto(page, 'section[data-question] [data-testid="feedback"] button');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-evidence="true"]')).toBeFocused();
});
