import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

/** The pages prefetched from now on (Next.js asks for them with `?_rsc=`), by path. */
function prefetchedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has('_rsc')) paths.push(url.pathname);
  });
  return paths;
}

test('a set page prefetches another page only once the student reaches for its link', async ({ setPage, page }) => {
  const prefetched = prefetchedPaths(page);
  await setPage.goto('xi-jinping-in-russia');
  // Next.js prefetches the links on screen once the page has hydrated; by the time the network falls quiet, any would have gone.
  await page.waitForLoadState('networkidle');
  expect(prefetched).toEqual([]);

  const library = page.getByRole('banner').getByRole('link', { name: 'Close Reader' });
  await library.hover();
  await expect.poll(() => prefetched).toContain('/');

  const sibling = page.getByRole('navigation', { name: 'Other question sets on this article' }).getByRole('link', { name: 'Xi visits Moscow — first read' });
  await sibling.focus();
  await expect.poll(() => prefetched).toContain('/sets/xi-jinping-in-russia-practice');

  await library.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
});
