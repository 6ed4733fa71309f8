import { expect, test } from './fixtures';

/**
 * A path whose percent-encoding does not decode is answered on purpose, never
 * with a bare 500: the API's JSON error, or the site's "Page not found", each
 * with the headers every other response carries.
 */
const BROKEN_API = ['/api/sets/%ff', '/api/sets/%C0%AE%C0%AE/score'];
const BROKEN_PAGES = ['/sets/%ff', '/lti/sets/%ff', '/%ff', '/library/%E0%A4%A'];

function expectUsualHeaders(headers: Record<string, string>) {
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
}

for (const path of BROKEN_API) {
  test(`the API answers ${path} with a 400 in its JSON`, async ({ request }) => {
    const response = path.endsWith('/score') ? await request.post(path, { data: { answers: {} } }) : await request.get(path);
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringContaining('percent-encoding') });
    expectUsualHeaders(response.headers());
  });
}

for (const path of BROKEN_PAGES) {
  test(`the page ${path} is the site's "Page not found"`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expectUsualHeaders(response?.headers() ?? {});
  });
}

test('a path that decodes is not touched: an escaped hyphen still finds the set', async ({ request }) => {
  const response = await request.get('/api/sets/xi%2Djinping-in-russia');
  expect(response.status()).toBe(200);
});
