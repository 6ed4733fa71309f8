import { expect, test } from './fixtures';

const SET = 'xi-jinping-in-russia';

test('a question card that throws shows the error page, which keeps the answers and reloads the set', async ({ setPage, page }) => {
  await setPage.goto(SET);
  await setPage.choose('who-said-high-hopes', 'Moritz Rudolf');
  await expect(setPage.progress()).toHaveText('Answered 1 of 42');

  // The page as served, with one question's kind changed in the data the browser renders its card from: no input exists for it, so the card throws.
  await page.route(`**/sets/${SET}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const broken = html.replace('\\"kind\\":\\"single-choice\\"', '\\"kind\\":\\"no-such-kind\\"');
    expect(broken).not.toBe(html);
    await route.fulfill({ response, body: broken });
  });
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(alert.getByRole('heading', { name: 'Something went wrong on this page' })).toBeVisible();
  await expect(alert).toContainText('Your answers are kept in this browser.');
  await expect(page.getByRole('link', { name: 'Close Reader' })).toBeVisible();

  await page.unroute(`**/sets/${SET}`);
  await alert.getByRole('button', { name: 'Reload the page' }).click();
  await setPage.waitForSavedAnswers();
  await expect(setPage.question('who-said-high-hopes').getByRole('radio', { name: 'Moritz Rudolf', exact: true })).toBeChecked();
  await expect(setPage.progress()).toHaveText('Answered 1 of 42');
});
