import { expect, test } from './fixtures';
import { answerSomeRightSomeWrong, EXPECTED_SCORE } from './seed-answers';

test('a student answers some questions right and some wrong and sees the exact score', async ({ setPage }) => {
  await setPage.goto();
  await answerSomeRightSomeWrong(setPage);
  await expect(setPage.progress()).toHaveText('Answered 11 of 42');

  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toHaveText(EXPECTED_SCORE);
  await expect(setPage.score()).toBeFocused();

  await expect(setPage.feedback('city-xi-landed-in')).toContainText('Correct');
  // Reads from the left like the rest: the verdict colours do not bring an alignment with them.
  await expect(setPage.feedback('city-xi-landed-in')).toHaveCSS('text-align', 'start');
  await expect(setPage.feedback('who-said-exhaustive-explanations')).toContainText('Not right');
  await expect(setPage.feedback('who-said-exhaustive-explanations')).toContainText('Right answer:Dmitry Peskov');
  await expect(setPage.feedback('match-the-speakers')).toContainText('Partly right (0.5 of 1 point)');
  await expect(setPage.feedback('china-support-for-russia')).toContainText('Partly right (0.33 of 1 point)');
  await expect(setPage.feedback('claim-ceasefire-signed')).toContainText('Not stated in the article');
  await expect(setPage.feedback('claim-ceasefire-signed')).toContainText('“rabbit in the hat” possibility');
  // An unanswered question scores nothing but still shows its answer.
  await expect(setPage.feedback('visit-length')).toContainText('Right answer:three days');
  // Answers are locked once scored.
  await expect(setPage.question('city-xi-landed-in').getByRole('textbox')).toBeDisabled();
});

test('"Try the missed questions again" keeps what was right and clears the rest', async ({ setPage }) => {
  await setPage.goto();
  await answerSomeRightSomeWrong(setPage);
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toBeVisible();

  await setPage.page.getByRole('button', { name: 'Try the missed questions again' }).click();
  await expect(setPage.score()).toBeHidden();
  await expect(setPage.feedback('city-xi-landed-in')).toContainText('Correct');
  await expect(setPage.question('who-said-exhaustive-explanations').getByRole('radio', { name: 'Vladimir Putin' })).not.toBeChecked();
  await expect(setPage.progress()).toHaveText('Answered 6 of 42');

  await setPage.choose('who-said-exhaustive-explanations', 'Dmitry Peskov');
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toHaveText('Your score: 7 of 45 (16%)');
});

test('"Try all questions again" and "Reset" clear the answers', async ({ setPage }) => {
  await setPage.goto();
  await setPage.type('city-xi-landed-in', 'Moscow');
  await setPage.submit({ anyway: true });
  await setPage.page.getByRole('button', { name: 'Try all questions again' }).click();
  await expect(setPage.progress()).toHaveText('Answered 0 of 42');
  await expect(setPage.question('city-xi-landed-in').getByRole('textbox')).toHaveValue('');

  await setPage.type('city-xi-landed-in', 'Moscow');
  await setPage.page.getByRole('button', { name: 'Reset' }).click();
  await setPage.page.getByRole('button', { name: 'Erase answers' }).click();
  await expect(setPage.progress()).toHaveText('Answered 0 of 42');
  await setPage.page.reload();
  await setPage.waitForSavedAnswers();
  await expect(setPage.question('city-xi-landed-in').getByRole('textbox')).toHaveValue('');
});
