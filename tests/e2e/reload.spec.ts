import { expect, test } from './fixtures';
import { ORDER_RIGHT } from './seed-answers';

test('reloading keeps every answer and every result, with no hydration warning', async ({ setPage, page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await setPage.goto();
  await setPage.type('city-xi-landed-in', 'Moscow');
  await setPage.choose('claim-arms-ammunition', 'True');
  await setPage.tick('china-support-for-russia', ['Financing infrastructure projects']);
  await setPage.match('match-the-speakers', { 'a journey of friendship': 'Xi Jinping' });
  await setPage.arrange('order-of-events', ORDER_RIGHT);

  await page.reload();
  await setPage.waitForSavedAnswers();
  await expect(setPage.question('city-xi-landed-in').getByRole('textbox')).toHaveValue('Moscow');
  await expect(setPage.question('claim-arms-ammunition').getByRole('radio', { name: 'True' })).toBeChecked();
  await expect(setPage.question('china-support-for-russia').getByRole('checkbox', { name: 'Financing infrastructure projects' })).toBeChecked();
  await expect(setPage.matchFor('match-the-speakers', 'a journey of friendship')).toHaveValue('Xi Jinping');
  expect(await setPage.orderItems('order-of-events')).toEqual(ORDER_RIGHT);
  await expect(setPage.progress()).toHaveText('Answered 5 of 42');

  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toHaveText('Your score: 2.58 of 45 (6%)');
  await page.reload();
  await setPage.waitForSavedAnswers();
  await expect(setPage.score()).toHaveText('Your score: 2.58 of 45 (6%)');
  await expect(setPage.feedback('claim-arms-ammunition')).toContainText('Not right');

  await page.goto('/');
  await expect(page.getByRole('listitem', { name: 'What China wants from Putin', exact: true }).getByTestId('set-progress')).toHaveText('Your progress: Last score: 2.58 of 45');
  expect(problems).toEqual([]);
});
