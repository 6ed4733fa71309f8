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
  await expect(setPage.matchFor('who-is-who', 'Moritz Rudolf').getByRole('option')).toHaveText([
    'Choose a match…',
    'A fellow at Yale Law School’s Paul Tsai China Center',
    'A senior fellow at the German Marshall Fund',
    'Kremlin spokesperson',
    'Russia’s deputy prime minister',
    'Secretary of Ukraine’s National Security and Defense Council',
  ]);
  // Each row's list is labelled by its place and described by its item.
  await expect(setPage.matchFor('who-is-who', 'Andrew Small')).toHaveAccessibleName(/^Match for item [1-4]$/);
  await expect(setPage.matchFor('who-is-who', 'Andrew Small')).toHaveAccessibleDescription('Andrew Small');

  // Peskov and Chernyshenko swapped: two of four right.
  await setPage.match('who-is-who', {
    'Moritz Rudolf': 'A fellow at Yale Law School’s Paul Tsai China Center',
    'Andrew Small': 'A senior fellow at the German Marshall Fund',
    'Dmitry Peskov': 'Russia’s deputy prime minister',
    'Dmitry Chernyshenko': 'Kremlin spokesperson',
  });
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
