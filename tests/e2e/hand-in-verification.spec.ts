import type { Page } from '@playwright/test';

import { seriousViolations } from './support/axe';
import { expect, test } from './fixtures';
import { answerSomeRightSomeWrong, EXPECTED_SCORE } from './seed-answers';

const SET = 'xi-jinping-in-russia';
const CODE = /Verification code: [0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){3}/;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function copiedResults(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy results' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** What the teacher's verify page says of a hand-in pasted into it. */
async function verdictOn(page: Page, text: string): Promise<string> {
  await page.goto('/verify');
  await page.getByRole('textbox', { name: 'The hand-in' }).fill(text);
  await page.getByRole('button', { name: 'Check' }).click();
  const verdict = page.locator('[data-verification]');
  await expect(verdict).toBeVisible();
  return (await verdict.textContent()) ?? '';
}

test('a hand-in carries the code the server issued, and the verify page tells the copy from an edited one', async ({ setPage, page }) => {
  await setPage.goto(SET);
  await answerSomeRightSomeWrong(setPage);
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toHaveText(EXPECTED_SCORE);
  await expect(page.getByTestId('hand-in-seal')).toHaveText(CODE);

  const text = await copiedResults(page);
  expect(text).toMatch(CODE);
  expect(text).toMatch(/^Submitted: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/m);

  // A teacher finds the verify page from the library.
  await page.goto('/');
  await page.getByRole('link', { name: 'check a student’s hand-in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a hand-in');
  expect(await verdictOn(page, text)).toMatch(/^Verified: this is exactly what Close Reader scored: “What China wants from Putin”, 7\.66 of 45, scored on \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\.$/);
  // The student turns a wrong answer into a right one in the copied text.
  const edited = text.replace('   Not right: 0 of 1 point\n   Your answer: Vladimir Putin', '   Correct: 1 of 1 point\n   Your answer: Vladimir Putin');
  expect(edited).not.toBe(text);
  expect(await verdictOn(page, edited)).toMatch(/^Not verified: the set, time and score are genuine .* but something below them was changed/);
  expect(await verdictOn(page, text.replace('Score: 7.66 of 45 (17%)', 'Score: 45 of 45 (100%)'))).toMatch(/^Not verified: the code does not match this set, time and score/);
  expect(await seriousViolations(page)).toEqual([]);
});

test('results rebuilt from edited saved work show no verification code', async ({ setPage, page }) => {
  await setPage.goto(SET);
  await setPage.type('city-xi-landed-in', 'Kyiv');
  await setPage.submit({ anyway: true });
  await expect(page.getByTestId('hand-in-seal')).toHaveText(CODE);

  // The student edits localStorage: the wrong answer is now Correct, and the score full.
  await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) as string);
    const entry = saved.state.questions['city-xi-landed-in'];
    entry.result = { ...entry.result, correct: true, points: 1 };
    saved.state.submission.lastScore.score = 45;
    localStorage.setItem(key, JSON.stringify(saved));
  }, `close-reader:v2:${SET}`);
  await page.reload();
  await setPage.waitForSavedAnswers();
  await expect(setPage.score()).toHaveText('Your score: 45 of 45 (100%)');
  await expect(page.getByTestId('hand-in-seal')).toHaveText('Unverified: these results are not what Close Reader scored: they were changed after it scored them.');
  const text = await copiedResults(page);
  expect(text).not.toMatch(/Verification code/);
  expect(await verdictOn(page, text)).toMatch(/^Not verified: this hand-in says it carries no code, because these results are not what Close Reader scored/);
});

test('a printout’s header, typed into the verify page, checks its set, time and score', async ({ setPage, page }) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await setPage.goto(SET);
  await setPage.type('city-xi-landed-in', 'Moscow');
  await setPage.submit({ anyway: true });
  await expect(page.getByTestId('hand-in-seal')).toHaveText(CODE);
  await page.emulateMedia({ media: 'print' });
  const report = page.locator('[data-printed-report]');
  await expect(report).toContainText(CODE);
  const header = (await report.locator('header > p').allInnerTexts()).join('\n');
  expect(header).toMatch(/Set: xi-jinping-in-russia · Article: .* · Submitted: .* UTC · Score: 1 of 45 \(2%\)/);
  await page.emulateMedia({ media: 'screen' });

  expect(await verdictOn(page, header)).toMatch(/^The set, time and score are genuine: “What China wants from Putin”, 1 of 45, scored on .*\. The answers were not checked/);
  expect(await verdictOn(page, header.replace('Score: 1 of 45', 'Score: 9 of 45'))).toMatch(/^Not verified: the code does not match/);
});

test('a hand-in the server could not sign says it is unverified, and why', async ({ setPage, page }) => {
  // The production server here has a secret; a server without one answers as tests/unit/hand-ins/stamp-hand-in.test.ts shows, and that answer is given here.
  const reason = 'this Close Reader has no signing secret (HAND_IN_SECRET), so its hand-ins carry no verification code';
  await page.route('**/api/sets/*/score', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { handIn?: { at: string } };
    await route.fulfill({ response, json: body.handIn ? { ...body, handIn: { at: body.handIn.at, unverified: reason } } : body });
  });
  await setPage.goto(SET);
  await setPage.type('city-xi-landed-in', 'Moscow');
  await setPage.submit({ anyway: true });
  await expect(page.getByTestId('hand-in-seal')).toHaveText(`Unverified: ${reason}`);
  const text = await copiedResults(page);
  expect(text).toMatch(/^Unverified: this Close Reader has no signing secret/m);
  expect(text).not.toMatch(/Verification code/);
  expect(await verdictOn(page, text)).toMatch(/^Not verified: this hand-in says it carries no code, because this Close Reader has no signing secret/);
});
