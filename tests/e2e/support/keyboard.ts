import type { Page } from '@playwright/test';

/** Presses Tab until focus is inside the element, as a keyboard user would. */
export async function tabInto(page: Page, selector: string, presses = 40) {
  for (let pressed = 0; pressed < presses; pressed++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.closest(s) !== null, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
