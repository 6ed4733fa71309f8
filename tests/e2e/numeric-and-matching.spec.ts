import { seriousViolations } from './support/axe';
import { expect, test } from './fixtures';

const SET = 'xi-jinping-in-russia-practice';

test('a number typed in words is read and scored, with the unit beside the box, and the right answer shown with it', async ({ setPage, page }) => {
  await setPage.goto(SET);
  const question = setPage.question('days-after-warrant');
  const box = question.getByRole('textbox', { name: 'Your answer' });
  // The hint and the unit are read with the box.
  await expect(box).toHaveAccessibleDescription('A number, in digits or words. days');
  await expect(question.getByText('days', { exact: true })).toBeVisible();

  await box.fill('two days');
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(setPage.feedback('days-after-warrant')).toContainText('Not right');
  await expect(setPage.feedback('days-after-warrant')).toContainText('Right answer:3 days');

  await question.getByRole('button', { name: 'Try this question again' }).click();
  await setPage.type('days-after-warrant', 'Three days');
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(setPage.feedback('days-after-warrant')).toContainText('Correct');
  await expect(setPage.feedback('days-after-warrant')).toContainText('three days later');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a matching question earns a share for each item matched right, then the score counts both new kinds', async ({ setPage, page }) => {
  await setPage.goto(SET);
  const question = setPage.question('who-is-who');
  // One list for every item, in alphabetical order, the distractor among them.
  await expect(question.getByRole('combobox', { name: 'Match for item 1' }).getByRole('option')).toHaveText([
    'Choose a match…',
    'A fellow at Yale Law School’s Paul Tsai China Center',
    'A senior fellow at the German Marshall Fund',
    'Kremlin spokesperson',
    'Russia’s deputy prime minister',
    'Secretary of Ukraine’s National Security and Defense Council',
  ]);
  await expect(question.getByRole('combobox', { name: 'Match for item 2' })).toHaveAccessibleDescription('Andrew Small');

  // Peskov and Chernyshenko swapped: two of four right.
  await setPage.matchItems('who-is-who', [
    'A fellow at Yale Law School’s Paul Tsai China Center',
    'A senior fellow at the German Marshall Fund',
    'Russia’s deputy prime minister',
    'Kremlin spokesperson',
  ]);
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(setPage.feedback('who-is-who')).toContainText('Partly right (0.5 of 1 point)');
  await expect(setPage.feedback('who-is-who')).toContainText('Dmitry Peskov → Kremlin spokesperson');
  expect(await seriousViolations(page)).toEqual([]);

  await setPage.type('days-after-warrant', '3');
  await setPage.question('days-after-warrant').getByRole('button', { name: 'Check answer' }).click();
  await expect(setPage.feedback('days-after-warrant')).toContainText('Correct');
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toHaveText('Your score: 1.5 of 11 (14%)');
});
