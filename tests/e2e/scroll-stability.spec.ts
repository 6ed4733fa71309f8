import { expect, test } from './fixtures';

test('every question of a set is laid out where it stays, so scrolling to one never makes it jump', async ({ setPage, page }) => {
  await setPage.goto('xi-jinping-in-russia');
  const last = page.locator('section[data-question]').last();
  const top = () => last.evaluate((el) => el.getBoundingClientRect().top - (el.closest('[data-panel]')?.getBoundingClientRect().top ?? 0) + (el.closest('[data-panel]')?.scrollTop ?? 0));
  const before = await top();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  expect(await top()).toBeCloseTo(before, 0);
});
