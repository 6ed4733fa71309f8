import { expect, test } from './fixtures';

const DEV = `http://127.0.0.1:${Number(process.env.E2E_DEV_PORT ?? 3101)}`;

test.describe('in development, with one broken set in the library', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the broken set shows its own errors with file, line and column', async ({ page }) => {
    await page.goto(`${DEV}/sets/broken-set`);
    await expect(page.getByRole('heading', { name: 'This question set has errors' })).toBeVisible();
    const errors = page.getByRole('list', { name: 'Errors in broken-set' }).getByRole('listitem');
    await expect(errors).toHaveText([
      'content/sets/broken-set.yaml:4:7: error: mode: must be "practice" or "test", not "exam"',
      'content/sets/broken-set.yaml:10:13: error: questions[0].answer: "Three days" is not one of the options',
      /^content\/sets\/broken-set\.yaml:13:9: error: questions\[0\]\.evidence\[0\]: not found word for word in the article/,
      'content/sets/broken-set.yaml:14:5: error: questions[1]: missing the field "explanation"',
      'content/sets/broken-set.yaml:18:5: error: questions[1]: unknown field "explanaton"; did you mean "explanation"?',
    ]);
  });

  test('every other set keeps working, and the library points to the broken one', async ({ page, setPage }) => {
    await page.goto(`${DEV}/`);
    await expect(page.getByRole('link', { name: 'What China wants from Putin' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'content/sets/broken-set.yaml' })).toBeVisible();
    await page.goto(`${DEV}/sets/xi-jinping-in-russia`);
    await setPage.waitForSavedAnswers();
    await expect(page.getByRole('heading', { name: /Xi Jinping in Russia/ })).toBeVisible();
  });
});
