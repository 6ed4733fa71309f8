import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { generateLibrary } from '../../bench/generate-library.mjs';

import { seriousViolations } from './support/axe';
import { copySource } from './support/copy-source';
import { expect, test } from './fixtures';

const PORT = 3103;
const BASE = `http://127.0.0.1:${PORT}`;
/** The seed's sets, and 30 generated ones, each on an article of its own: more than one page holds. */
const GENERATED = 30;
const SETS = fs.readdirSync('content/sets').filter((f) => f.endsWith('.yaml')).length + GENERATED;

const pager = (page: Page) => page.getByRole('navigation', { name: 'Library pages' });
/** The sets a page lists, by where their links go (generated sets may share a title). */
const setHrefs = (page: Page) => page.getByRole('list', { name: 'Articles' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
const published = (page: Page) => page.getByRole('list', { name: 'Articles' }).locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));

test.describe('a library too long for one page, as built for students', () => {
  test.describe.configure({ mode: 'serial' });
  let work = '';
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    // A copy of the project, so this build never touches the app's own; its library is the seed plus the generated sets.
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'close-reader-pages-'));
    copySource(work);
    generateLibrary(work, { sets: GENERATED, questionsPerSet: 3 });
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    execFileSync(process.execPath, ['scripts/run-script.mjs', 'content-check'], { cwd: work, env, stdio: 'pipe' });
    execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { cwd: work, env, stdio: 'pipe' });
    server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], { cwd: work, env, stdio: 'pipe' });
    await expect.poll(async () => (await fetch(`${BASE}/`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test('is split into pages, newest articles first, and every set is on exactly one of them', async ({ page }) => {
    await page.goto(`${BASE}/`);
    await expect(page.getByText('Page 1 of 2, newest articles first')).toBeVisible();
    await expect(pager(page).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await expect(pager(page).getByRole('link', { name: 'Previous page' })).toHaveCount(0);
    const first = await setHrefs(page);
    const firstDates = await published(page);

    await pager(page).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(`${BASE}/library/2`);
    await expect(page).toHaveTitle('Library, page 2 of 2 · Close Reader');
    await expect(page.getByText('Page 2 of 2, newest articles first')).toBeVisible();
    await expect(pager(page).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await expect(pager(page).getByRole('link', { name: 'Next page' })).toHaveCount(0);
    const second = await setHrefs(page);
    const dates = [...firstDates, ...(await published(page))];

    expect(first.length).toBeLessThanOrEqual(24);
    expect([...first, ...second]).toHaveLength(SETS);
    expect(new Set([...first, ...second]).size).toBe(SETS);
    expect([...first, ...second]).toEqual(expect.arrayContaining(['/sets/xi-jinping-in-russia', '/sets/xi-jinping-in-russia-practice']));
    expect(dates).toEqual([...dates].sort().reverse());

    await pager(page).getByRole('link', { name: 'Previous page' }).click();
    await expect(page).toHaveURL(`${BASE}/`);
    expect((await fetch(`${BASE}/library/3`)).status).toBe(404);
  });

  test('the pager works from the keyboard, and a later page has no serious axe-core violations', async ({ page }) => {
    await page.goto(`${BASE}/library/2`);
    expect(await seriousViolations(page)).toEqual([]);
    const toFirst = pager(page).getByRole('link', { name: 'Page 1' });
    await toFirst.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${BASE}/`);
    await expect(page.getByText('Page 1 of 2, newest articles first')).toBeVisible();
  });
});
