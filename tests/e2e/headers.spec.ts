import { expect, test } from './fixtures';

for (const path of ['/', '/sets/xi-jinping-in-russia', '/api/sets/xi-jinping-in-russia']) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives['default-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
    expect(directives['form-action']).toBe("'self'");
    expect(directives['frame-ancestors']).toBe("'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  });
}

for (const path of ['/lti', '/lti/jwks', '/lti/launch', '/lti/sets/xi-jinping-in-russia']) {
  test(`the LTI page ${path} has HSTS and nosniff too, with a policy of its own`, async ({ request }) => {
    const headers = (await request.get(path)).headers();
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
}

test('the score endpoint sends the same headers with its JSON', async ({ request }) => {
  const response = await request.post('/api/sets/xi-jinping-in-russia/score', { data: { answers: {} } });
  expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('the page runs under its policy: no violation is reported while a student answers', async ({ setPage, page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await setPage.goto();
  await setPage.type('city-xi-landed-in', 'Moscow');
  await setPage.submit({ anyway: true });
  await expect(setPage.score()).toBeVisible();
  expect(violations).toEqual([]);
});
