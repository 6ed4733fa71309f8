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
  await expect(setPage.score()).toHaveText('Your score: 1 of 45 (2%)');

  await setPage.feedback('city-xi-landed-in').getByRole('button', { name: /Show the evidence/ }).click();
  await expect(article).toBeVisible();
  await expect(page.locator('#p-1')).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Read the article' })).toHaveAttribute('aria-pressed', 'true');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

test('on a phone, citing switches to the article, a tap selects a sentence, and Done goes back to the question', async ({ setPage, page }) => {
  await setPage.goto();
  const article = page.getByRole('region', { name: 'Article', exact: true });
  const questions = page.getByRole('region', { name: 'Questions', exact: true });

  await setPage.citeButton('cite-dual-use-sales').click();
  await expect(article).toBeVisible();
  await expect(questions).toBeHidden();
  await expect(page.getByRole('button', { name: 'Read the article' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#cite-bar-title')).toBeFocused();
  await expect(setPage.citeBar()).toBeInViewport();

  await setPage.sentence('10.4').tap();
  await expect(setPage.sentenceBox('10.4')).toBeChecked();
  await expect(setPage.citeAnnouncement()).toHaveText(/^Sentence added: Although China stopped short .*…, 1 selected$/);
  // The bar stays in view, under the switch, wherever the article is scrolled to.
  await setPage.sentence('19.1').scrollIntoViewIfNeeded();
  await expect(setPage.citeBar()).toBeInViewport();

  await setPage.citeBar().getByRole('button', { name: 'Done', exact: true }).tap();
  await expect(questions).toBeVisible();
  await expect(article).toBeHidden();
  await expect(setPage.citeButton('cite-dual-use-sales')).toBeFocused();
  await expect(setPage.citeButton('cite-dual-use-sales')).toBeInViewport();
  await expect(setPage.question('cite-dual-use-sales')).toContainText('Your sentence:');

  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toHaveText('Your score: 1 of 45 (2%)');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});
