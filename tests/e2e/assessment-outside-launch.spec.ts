import { expect, test } from './fixtures';

/**
 * A graded assessment is answered only inside a launch from a learning
 * platform: opened from its plain address, the page says where to go and
 * cannot be submitted, and the scoring API gives nothing away.
 */
const SET = 'xi-jinping-in-russia-graded';
const CLOSED = 'This set is a graded assessment: open it from your class page in your learning platform to answer it.';

/** A session token as the tool writes one, unsigned: the page reads it for display only. */
const token = (payload: Record<string, unknown>) =>
  ['{"alg":"RS256"}', JSON.stringify({ typ: 'close-reader-launch', sub: 's1', name: 'Ada Lovelace', platform: 'Moodle', context: 'History 9B', ...payload }), 'sig']
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.');

test('an assessment opened outside a launch says where to answer it, and Submit is disabled', async ({ setPage, page }) => {
  await setPage.goto(SET);
  const submit = page.getByRole('button', { name: 'Submit answers' });
  await expect(page.getByText(CLOSED)).toBeVisible();
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveAccessibleDescription(CLOSED);
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  await expect(page.getByText(/^Answering as/)).toHaveCount(0);
});

for (const [what, payload] of [
  ['an expired launch', { setId: SET, exp: Math.floor(Date.now() / 1000) - 60 }],
  ['a launch for another set', { setId: 'xi-jinping-in-russia', exp: Math.floor(Date.now() / 1000) + 3600 }],
] as const) {
  test(`${what} in the address counts as no launch`, async ({ setPage, page }) => {
    await page.goto(`/sets/${SET}#lti=${token(payload)}`);
    await setPage.waitForSavedAnswers();
    await expect(page.getByText(CLOSED)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Submit answers' })).toBeDisabled();
  });
}

test('the scoring API refuses an assessment without a launch, with no result, right answer or explanation', async ({ request }) => {
  const answers = { 'who-visited': 'Xi Jinping', 'visit-days': 'Three days', 'landed-day': 'Monday' };
  const response = await request.post(`/api/sets/${SET}/score`, { data: { answers } });
  expect(response.status()).toBe(403);
  const body: unknown = await response.json();
  expect(body).toEqual({ error: CLOSED });
});
