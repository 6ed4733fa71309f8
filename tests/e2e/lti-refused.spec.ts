import type { Page } from '@playwright/test';

import { TOOL } from './support/lti-env';
import { expect, LAUNCH, STACK_TRACE, test, type LaunchOptions } from './support/lti-fixtures';

const SEED = { set: 'xi-jinping-in-russia' };

/** The refusal page: its heading, a sentence naming what failed, advice for the administrator, and no stack trace. */
async function expectRefused(page: Page, names: RegExp) {
  await expect(page.getByRole('heading', { name: 'This launch was refused' })).toBeVisible(LAUNCH);
  await expect(page.locator('body')).toContainText(names);
  await expect(page.locator('body')).toContainText('What to check');
  expect(await page.locator('body').innerText()).not.toMatch(STACK_TRACE);
  expect(await page.content()).not.toMatch(STACK_TRACE);
}

const REFUSALS: [string, LaunchOptions['tamper'], RegExp][] = [
  ['a bad signature', 'signature', /signature/i],
  ['a token for another tool (wrong audience)', 'audience', /audience/i],
  ['an expired token', 'expired', /expired/i],
  ['an unknown deployment', 'deployment', /deployment/i],
  ['an issuer that is not registered', 'issuer', /not registered/i],
];

for (const [what, tamper, names] of REFUSALS) {
  test(`a launch with ${what} is refused, saying so`, async ({ page, platform }) => {
    const launch = await platform.launch({ custom: SEED, tamper });
    const refusal = page.waitForResponse((r) => r.url().startsWith(`${TOOL}/lti/`) && r.request().method() === 'POST' && r.status() >= 400);
    await page.goto(launch.topUrl);
    expect([400, 401]).toContain((await refusal).status());
    await expectRefused(page, names);
    expect((await platform.state(launch)).authErrors).toEqual([]);
  });
}

test('the same id_token and state posted again are refused as already used', async ({ page, platform }) => {
  const launch = await platform.launch({ name: 'Alan Turing', custom: SEED });
  await page.goto(launch.topUrl);
  await expect(page.getByText('Answering as Alan Turing')).toBeVisible(LAUNCH);

  await page.goto(launch.replayUrl);
  await expectRefused(page, /already used/i);
});

test('an id_token and state delivered to another browser than the one that started the login are refused', async ({ page, browser, platform }) => {
  const launch = await platform.launch({ custom: SEED, hold: true });
  await page.goto(launch.topUrl);
  await expect(page.getByText('The platform is holding this launch.')).toBeVisible(LAUNCH);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(launch.replayUrl);
  await expectRefused(otherPage, /browser/i);
  await other.close();
});

test('after the platform rotates its key, a launch signed with the new key is accepted', async ({ page, platform }) => {
  // One launch first, so the tool holds the platform's key set from before the rotation.
  const before = await platform.launch({ name: 'Rosalind Franklin', custom: SEED });
  await page.goto(before.topUrl);
  await expect(page.getByText('Answering as Rosalind Franklin')).toBeVisible(LAUNCH);

  await platform.rotateKey();
  const after = await platform.launch({ name: 'Rosalind Franklin', custom: SEED });
  await page.goto(after.topUrl);
  await expect(page.getByText('Answering as Rosalind Franklin')).toBeVisible(LAUNCH);
  expect(page.url()).toContain(`${TOOL}/lti/sets/xi-jinping-in-russia#lti=`);
});
