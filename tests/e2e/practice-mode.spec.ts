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
  await expect(setPage.score()).toHaveText('Your score: 2 of 11 (18%)');
  await page.goto('/');
  await expect(page.getByRole('listitem', { name: 'Xi visits Moscow — first read', exact: true }).getByTestId('set-progress')).toHaveText('Your progress: Last score: 2 of 11');
});

test('in practice mode a paired question checks both parts at once, and trying again clears both', async ({ setPage }) => {
  await setPage.goto('xi-jinping-in-russia-practice');
  const check = setPage.question('helped-russia').getByRole('button', { name: 'Check answer' });
  await expect(check).toBeDisabled();
  await setPage.tick('helped-russia', ['Filled its shelves with goods', 'Financed infrastructure projects']);
  await setPage.cite('helped-russia', ['10.1'], 'cite');
  await check.click();

  const feedback = setPage.feedback('helped-russia');
  await expect(feedback).toContainText('Partly right (1.5 of 2 points)');
  await expect(feedback.getByTestId('feedback-a')).toHaveText('Part A: Correct (1 of 1 point)');
  await expect(feedback.getByTestId('feedback-b')).toContainText('Part B: Partly right (0.5 of 1 point)Right sentences:paragraph 10, sentence 2');
  await expect(setPage.citeButton('helped-russia', 'cite')).toHaveCount(0);

  await setPage.question('helped-russia').getByRole('button', { name: 'Try this question again' }).click();
  await expect(setPage.question('helped-russia')).toContainText('No sentence selected yet.');
  await expect(setPage.question('helped-russia').getByRole('checkbox', { name: 'Filled its shelves with goods' })).not.toBeChecked();
  await setPage.cite('helped-russia', ['10.2'], 'cite');
  await setPage.tick('helped-russia', ['Filled its shelves with goods', 'Financed infrastructure projects']);
  await setPage.question('helped-russia').getByRole('button', { name: 'Check answer' }).click();
  await expect(setPage.feedback('helped-russia')).toContainText('Correct (2 of 2 points)');
});
