import { expect, test } from './fixtures';

test('on a phone the article and the questions take turns, and evidence switches to the article', async ({ setPage, page }) => {
  await setPage.goto();
  const article = page.getByRole('region', { name: 'Article', exact: true });
  const questions = page.getByRole('region', { name: 'Questions', exact: true });
  await expect(questions).toBeVisible();
  await expect(article).toBeHidden();

  await page.getByRole('button', { name: 'Read the article' }).click();
  await expect(article).toBeVisible();
  await expect(questions).toBeHidden();
  await expect(page.getByRole('heading', { name: /Xi Jinping in Russia/ })).toBeInViewport();

  await page.getByRole('button', { name: 'Answer questions' }).click();
  await setPage.type('city-xi-landed-in', 'Moskow');
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toHaveText('Your score: 1 of 38 (3%)');

  await setPage.feedback('city-xi-landed-in').getByRole('button', { name: /Show the evidence/ }).click();
  await expect(article).toBeVisible();
  await expect(page.locator('#p-1')).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Read the article' })).toHaveAttribute('aria-pressed', 'true');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});
