import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { tabInto } from './support/keyboard';

/**
 * Answers in the article with the keyboard: from the focused "Select
 * sentences" button, Enter, Tab past Done to the first sentence's box, Space,
 * and Escape back to the button.
 */
async function citeFirstSentence(page: Page) {
  const start = await page.evaluate(() => document.activeElement?.id ?? '');
  await page.keyboard.press('Enter');
  await expect(page.locator('#cite-bar-title')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Done', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('input[data-cite-box="1.1"]')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('input[data-cite-box="1.1"]')).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page.locator(`#${start}`)).toBeFocused();
}

/** Answers whatever control has focus, using only the keyboard. */
async function answerFocused(page: Page) {
  const control = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el ? `${el.tagName.toLowerCase()}:${el.type ?? ''}:${el.id.startsWith('cite-') ? 'cite' : ''}` : '';
  });
  if (control === 'input:text:') await page.keyboard.type('an answer');
  else if (control === 'input:radio:' || control === 'input:checkbox:') await page.keyboard.press('Space');
  else if (control === 'select:select-one:') await page.keyboard.press('ArrowDown');
  else if (control === 'button:button:cite') await citeFirstSentence(page);
  else if (control === 'button:button:') await page.keyboard.press('Enter');
  else throw new Error(`Unexpected control with focus: ${control}`);
}

test('a student completes the whole set with the keyboard alone, citing sentences in the article too', async ({ setPage, page }) => {
  test.setTimeout(120_000);
  await setPage.goto();
  const ids = await page.locator('section[data-question]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-question') ?? ''));
  expect(ids).toHaveLength(42);

  for (const id of ids) {
    await tabInto(page, `section[data-question="${id}"]`);
    await answerFocused(page);
    // A paired question: Part B is answered in the article too.
    if ((await setPage.citeButton(id, 'cite').count()) > 0) {
      await tabInto(page, `#cite-${id}-cite`);
      await citeFirstSentence(page);
    }
  }
  await expect(setPage.progress()).toHaveText('Answered 42 of 42');

  await tabInto(page, '#submit-answers');
  await page.keyboard.press('Enter');
  await expect(setPage.score()).toBeFocused();
  await expect(setPage.score()).toHaveText(/^Your score: [\d.]+ of 45/);

  // The first evidence link is reachable and works from the keyboard too.
  await tabInto(page, 'section[data-question] [data-testid="feedback"] button');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-evidence="true"]')).toBeFocused();
});
