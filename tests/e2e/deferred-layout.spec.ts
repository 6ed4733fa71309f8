import { expect, test } from './fixtures';

const SET = 'xi-jinping-in-russia';

test('a set page paints its first questions first, then lays out the rest while idle, so scrolling never makes a question jump', async ({ setPage, page, request }) => {
  // As served: the first four cards are laid out at once, the later ones skipped while off screen.
  const html = await (await request.get(`/sets/${SET}`)).text();
  const cards = [...html.matchAll(/<section id="q-[^"]+"[^>]*class="([^"]*)"[^>]*data-question=/g)].map((m) => m[1] ?? '');
  expect(cards.length).toBe(42);
  expect(cards.map((c) => c.includes('skip-offscreen'))).toEqual(cards.map((_, i) => i >= 4));

  // Once the page is idle, every card is laid out for good. A card waits for an idle moment, at most a second, so a
  // browser kept busy by the other tests running beside this one may take half a minute over the 38.
  await setPage.goto(SET);
  await expect(page.locator('[data-lay-out-when-idle]')).toHaveAttribute('data-lay-out-when-idle', 'done', { timeout: 45_000 });
  await expect(page.locator('.skip-offscreen')).toHaveCount(0);

  // So the last question's place is known before it is scrolled to, and it stays put when it comes into view.
  const last = page.locator('section[data-question]').last();
  const top = () => last.evaluate((el) => el.getBoundingClientRect().top - (el.closest('[data-panel]')?.getBoundingClientRect().top ?? 0) + (el.closest('[data-panel]')?.scrollTop ?? 0));
  const before = await top();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  expect(await top()).toBeCloseTo(before, 0);
});
