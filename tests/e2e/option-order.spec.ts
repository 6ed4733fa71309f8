import type { Browser, Locator } from '@playwright/test';

import { SetPage } from '../pages/set-page';

import { expect, test } from './fixtures';

const SET = 'xi-jinping-in-russia';

/** The choices of every list on the page, question by question, as a student sees them from top to bottom. */
async function shownLists(set: SetPage): Promise<Record<string, string[]>> {
  const lists: Record<string, string[]> = {};
  for (const section of await set.page.locator('section[data-question]').all()) {
    const id = (await section.getAttribute('data-question')) as string;
    const entries = await listEntries(section);
    if (entries.length > 1) lists[id] = entries;
  }
  return lists;
}

/** A question's radio or checkbox labels, its events to put in order, or its matching's items, in the order shown. */
async function listEntries(section: Locator): Promise<string[]> {
  const choices = await section.locator('fieldset label:has(input[type="radio"], input[type="checkbox"])').allInnerTexts();
  if (choices.length > 0) return choices;
  const events = await section.locator('ol > li > span.flex-1').allInnerTexts();
  if (events.length > 0) return events;
  return section.locator('ol > li [id$="-item"]').allInnerTexts();
}

async function studentLists(browser: Browser) {
  const context = await browser.newContext();
  const set = new SetPage(await context.newPage());
  await set.goto(SET);
  const first = await shownLists(set);
  await set.page.reload();
  await set.waitForSavedAnswers();
  const afterReload = await shownLists(set);
  await context.close();
  return { first, afterReload };
}

test('each student sees the options in an order of their own, and the same order again after a reload', async ({ browser }) => {
  const one = await studentLists(browser);
  const two = await studentLists(browser);
  // Every choice question, who-said, date with options, multiple-select, ordering and matching of the seed set.
  expect(Object.keys(one.first).length).toBeGreaterThanOrEqual(15);
  expect(one.afterReload).toEqual(one.first);
  expect(two.afterReload).toEqual(two.first);
  // Same entries, other orders: with 15 lists of 3 or more, two students share every order about once in 10^12.
  for (const id of Object.keys(one.first)) expect([...(two.first[id] ?? [])].sort()).toEqual([...(one.first[id] ?? [])].sort());
  expect(Object.keys(one.first).filter((id) => one.first[id]!.join('|') !== two.first[id]!.join('|')).length).toBeGreaterThan(0);
});

test('a second tab shows the first tab’s order, and answers follow the option, not its place', async ({ context, setPage }) => {
  await setPage.goto(SET);
  const before = await shownLists(setPage);
  await setPage.choose('who-said-high-hopes', 'Moritz Rudolf');

  const other = new SetPage(await context.newPage());
  await other.goto(SET);
  expect(await shownLists(other)).toEqual(before);
  await expect(other.question('who-said-high-hopes').getByRole('radio', { name: 'Moritz Rudolf', exact: true })).toBeChecked();
});

test('the page and the API send every list in an order that does not depend on which entry is right', async ({ request }) => {
  const set = (await (await request.get(`/api/sets/${SET}`)).json()) as { questions: { kind: string; options?: string[]; speakers?: string[]; items?: string[]; pinned?: number[] }[] };
  const lists = set.questions.flatMap((q) => (q.kind === 'matching' || q.kind === 'match-speakers' ? [] : [q.options ?? q.speakers ?? q.items ?? []].filter((l) => l.length > 0).map((list) => ({ list, pinned: q.pinned ?? [] }))));
  expect(lists.length).toBeGreaterThanOrEqual(15);
  for (const { list, pinned } of lists) {
    const loose = list.filter((_, i) => !pinned.includes(i));
    expect(loose).toEqual([...loose].sort((a, b) => a.localeCompare(b, 'en')));
  }
});

test('options an author pinned stay where they are written for every student', async ({ browser }) => {
  const orders = [];
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext();
    const set = new SetPage(await context.newPage());
    await set.goto('xi-jinping-in-russia-practice');
    orders.push(await listEntries(set.question('visit-days')));
    await context.close();
  }
  expect(orders).toEqual([
    ['One day', 'Two days', 'Three days', 'A week'],
    ['One day', 'Two days', 'Three days', 'A week'],
  ]);
});
