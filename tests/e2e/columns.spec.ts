import { expect, test } from './fixtures';

test('on a wide screen the article and the questions scroll on their own, the page itself does not', async ({ setPage, page }) => {
  await setPage.goto();
  const article = page.getByRole('region', { name: 'Article', exact: true });
  const questions = page.getByRole('region', { name: 'Questions', exact: true });
  const scrolls = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1;
  expect(await article.evaluate(scrolls)).toBe(true);
  expect(await questions.evaluate(scrolls)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);

  // Scrolling the questions leaves the article where it was.
  await questions.evaluate((el) => el.scrollTo({ top: 2000, behavior: 'instant' }));
  expect(await questions.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  expect(await article.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(page.getByRole('heading', { name: /Xi Jinping in Russia/ })).toBeInViewport();
});
