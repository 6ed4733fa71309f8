import type { Page } from '@playwright/test';

import { SetPage } from '../pages/set-page';

import { expect, test } from './fixtures';

const SET = 'xi-jinping-in-russia';
const KEY = `close-reader:v2:${SET}`;

async function questionHashes(page: Page): Promise<Record<string, string>> {
  const response = await page.request.get(`/api/sets/${SET}`);
  return ((await response.json()) as { questionHashes: Record<string, string> }).questionHashes;
}

/** Puts a value in localStorage before the app's first load (and only then). */
async function seedStorage(page: Page, value: string) {
  await page.addInitScript(
    ([key, saved]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, saved);
    },
    [KEY, value] as const,
  );
}

/** The value the app saves, for the given questions and no submission. */
const savedValue = (questions: Record<string, unknown>) => JSON.stringify({ state: { questions, submission: { submitted: false, lastScore: null, at: 0 } }, version: 2 });

const notice = (page: Page) => page.getByRole('status').filter({ hasText: /saved|storage|saving|save/i });

test('unreadable saved data: the page starts, keeps what it can, and says so once', async ({ setPage, page }) => {
  const hashes = await questionHashes(page);
  await seedStorage(
    page,
    savedValue({
      'city-xi-landed-in': { hash: hashes['city-xi-landed-in'], at: 1, answer: 'Moscow' },
      'airport-name': { hash: hashes['airport-name'], at: 2, answer: { not: ['an', 'answer'] } },
      'who-greeted-xi': 'garbage',
    }),
  );
  await setPage.goto(SET);
  await expect(notice(page)).toHaveText(/2 saved answers could not be read and were cleared/);
  await expect(setPage.question('city-xi-landed-in').getByRole('textbox')).toHaveValue('Moscow');
  await expect(setPage.progress()).toHaveText('Answered 1 of 42');

  await setPage.type('airport-name', 'Vnukovo');
  await page.reload();
  await setPage.waitForSavedAnswers();
  await expect(notice(page)).toHaveCount(0);
  await expect(setPage.question('airport-name').getByRole('textbox')).toHaveValue('Vnukovo');
});

test('saved data that is not even JSON: the page starts clean and works', async ({ setPage, page }) => {
  await seedStorage(page, '{"state": {"questions": {');
  await setPage.goto(SET);
  await expect(notice(page)).toHaveText(/could not be read/);
  await setPage.type('city-xi-landed-in', 'Moscow');
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toHaveText('Your score: 1 of 45 (2%)');
});

test('storage switched off (private mode): the quiz works in memory and says nothing will be kept', async ({ setPage, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await setPage.goto(SET);
  await expect(notice(page)).toHaveText(/not letting Close Reader save/);
  await setPage.type('city-xi-landed-in', 'Moscow');
  await setPage.choose('claim-arms-ammunition', 'False');
  await expect(setPage.progress()).toHaveText('Answered 2 of 42');
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toHaveText('Your score: 2 of 45 (4%)');
  expect(errors).toEqual([]);
});

test('storage full: the quiz keeps working and says the latest answers are not being saved', async ({ setPage, page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await setPage.goto(SET);
  await setPage.type('city-xi-landed-in', 'Moscow');
  await expect(notice(page)).toHaveText(/storage is full/);
  await setPage.choose('claim-arms-ammunition', 'False');
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toHaveText('Your score: 2 of 45 (4%)');
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(notice(page)).toHaveCount(0);
});

test('a set edited after the student started: unchanged answers stay, changed ones go, and the student is told', async ({ setPage, page }) => {
  const hashes = await questionHashes(page);
  await seedStorage(
    page,
    savedValue({
      'city-xi-landed-in': { hash: hashes['city-xi-landed-in'], at: 1, answer: 'Moscow' },
      'claim-arms-ammunition': { hash: hashes['claim-arms-ammunition'], at: 2, answer: 'false' },
      'order-of-events': { hash: 'the-question-before-the-teacher-edited-it', at: 3, answer: ['a', 'b', 'c', 'd'] },
      'a-question-since-removed': { hash: 'old', at: 4, answer: 'x' },
    }),
  );
  await setPage.goto(SET);
  await expect(notice(page)).toHaveText(/Your teacher has changed this set since you started: 2 saved answers to changed questions were cleared/);
  await expect(setPage.question('city-xi-landed-in').getByRole('textbox')).toHaveValue('Moscow');
  await expect(setPage.question('claim-arms-ammunition').getByRole('radio', { name: 'False' })).toBeChecked();
  await expect(setPage.progress()).toHaveText('Answered 2 of 42');
});

test('two tabs on the same set stay in step, and neither wipes the other’s newer answers', async ({ context, setPage }) => {
  const first = setPage;
  await first.goto(SET);
  const secondPage = await context.newPage();
  const second = new SetPage(secondPage);
  await second.goto(SET);

  await first.type('city-xi-landed-in', 'Moscow');
  await expect(second.question('city-xi-landed-in').getByRole('textbox')).toHaveValue('Moscow');

  // Both tabs answer different questions, one right after the other.
  await Promise.all([first.choose('claim-arms-ammunition', 'False'), second.type('airport-name', 'Vnukovo')]);
  for (const tab of [first, second]) {
    await expect(tab.question('claim-arms-ammunition').getByRole('radio', { name: 'False' })).toBeChecked();
    await expect(tab.question('airport-name').getByRole('textbox')).toHaveValue('Vnukovo');
    await expect(tab.progress()).toHaveText('Answered 3 of 42');
  }

  // A later change in one tab wins in both.
  await second.type('city-xi-landed-in', 'Moskva');
  await expect(first.question('city-xi-landed-in').getByRole('textbox')).toHaveValue('Moskva');

  const third = new SetPage(await context.newPage());
  await third.goto(SET);
  await expect(third.progress()).toHaveText('Answered 3 of 42');
  await expect(third.question('city-xi-landed-in').getByRole('textbox')).toHaveValue('Moskva');
});
