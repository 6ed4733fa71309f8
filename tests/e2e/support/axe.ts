import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe-core's serious and critical findings on the page (WCAG 2.1 A and AA, and best practice), one line each. */
export async function seriousViolations(page: Page) {
  // Question cards skipped while off screen are laid out once the page is idle: audit the page as it then is.
  await page.waitForFunction(() => !document.querySelector('[data-lay-out-when-idle="pending"]'));
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
