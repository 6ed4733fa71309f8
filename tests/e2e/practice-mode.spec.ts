import { expect, test } from './fixtures';

test('in practice mode each answer is checked at once, with its explanation, and can be tried again', async ({ setPage, page }) => {
  await setPage.goto('xi-jinping-in-russia-practice');
  const check = setPage.question('visit-days').getByRole('button', { name: 'Check answer' });
  await expect(check).toBeDisabled();

  await setPage.choose('visit-days', 'Two days');
  await check.click();
  await expect(setPage.feedback('visit-days')).toContainText('Not right');
  await expect(setPage.feedback('visit-days')).toContainText('Right answer:Three days');
  await expect(setPage.feedback('visit-days')).toContainText('The article calls it “the three-day visit.”');
  await expect(setPage.question('visit-days').getByRole('radio', { name: 'Two days' })).toBeDisabled();
  // Other questions give nothing away.
  await expect(setPage.feedback('who-visited')).toHaveCount(0);

  await setPage.question('visit-days').getByRole('button', { name: 'Try this question again' }).click();
  await setPage.choose('visit-days', 'Three days');
  await setPage.question('visit-days').getByRole('button', { name: 'Check answer' }).click();
  await expect(setPage.feedback('visit-days')).toContainText('Correct');

  await setPage.type('hopes-to-be', 'Peacemakr');
  await setPage.question('hopes-to-be').getByRole('button', { name: 'Check answer' }).click();
  await expect(setPage.feedback('hopes-to-be')).toContainText('Correct');

  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toHaveText('Your score: 2 of 8 (25%)');
  await page.goto('/');
  await expect(page.getByRole('listitem', { name: 'Xi visits Moscow — first read', exact: true }).getByTestId('set-progress')).toHaveText('Your progress: Last score: 2 of 8');
});
