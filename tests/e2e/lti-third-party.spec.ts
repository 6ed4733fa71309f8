import type { Page } from '@playwright/test';

import { TOOL } from './support/lti-env';
import { expect, LAUNCH, test, toolFrame, withoutToolCookies } from './support/lti-fixtures';

const SEED = { set: 'xi-jinping-in-russia' };

/**
 * Shows the browser treats the tool's frame as third-party with its cookies
 * blocked, so a test that passes here did not pass on cookies the real
 * browsers would refuse: an unpartitioned cookie set in the frame does not
 * stick, and its storage throws.
 */
async function expectThirdPartyBlocked(page: Page) {
  const frame = page.frame({ name: 'tool' });
  expect(frame?.url()).toContain(TOOL);
  const probe = await frame?.evaluate(() => {
    document.cookie = 'probe=unpartitioned; SameSite=None; Secure; Path=/';
    let storage = 'usable';
    try {
      window.localStorage.getItem('probe');
    } catch (error) {
      storage = error instanceof DOMException ? error.name : String(error);
    }
    return { cookieKept: document.cookie.includes('probe=unpartitioned'), storage };
  });
  expect(probe).toEqual({ cookieKept: false, storage: 'SecurityError' });
}

test('in the platform frame with third-party cookies blocked, a launch offering postMessage storage opens the reader', async ({ page, platform }) => {
  const launch = await platform.launch({ name: 'Dorothy Vaughan', custom: SEED, storageTarget: true });
  await page.goto(launch.url);
  await expect(toolFrame(page).getByText('Answering as Dorothy Vaughan')).toBeVisible(LAUNCH);
  await expectThirdPartyBlocked(page);

  const storage = (await platform.state(launch)).storage;
  expect(storage.filter((s) => s.refused)).toEqual([]);
  expect(storage.map((s) => s.subject)).toContain('lti.capabilities');
  // The login's proof is kept in the platform's storage under its state; the nonce travels inside the signed state.
  expect(storage.filter((s) => s.subject === 'lti.put_data').map((s) => s.key)).toEqual([expect.stringMatching(/^state_/)]);
});

test('when the state cookie does not come back with the launch, the state kept in the platform’s storage frame binds it', async ({ page, platform }) => {
  const launch = await platform.launch({ name: 'Annie Easley', custom: SEED, storageTarget: true });
  const cookieless = await withoutToolCookies(page, '/lti/launch');
  await page.goto(launch.url);
  await expect(toolFrame(page).getByText('Answering as Annie Easley')).toBeVisible(LAUNCH);
  await expectThirdPartyBlocked(page);

  expect(cookieless.count).toBeGreaterThan(0);
  const storage = (await platform.state(launch)).storage;
  expect(storage.filter((s) => s.subject === 'lti.get_data').map((s) => s.key)).toEqual([expect.stringMatching(/^state_/)]);
});

test('with no storage target and no cookie, the login offers a new window, where the launch completes', async ({ page, platform }) => {
  const launch = await platform.launch({ name: 'Evelyn Boyd', custom: SEED });
  const cookieless = await withoutToolCookies(page);
  await page.goto(launch.url);

  const newWindow = toolFrame(page).getByRole('button', { name: 'Open Close Reader in a new window' });
  await expect(newWindow).toBeVisible(LAUNCH);
  expect(cookieless.count).toBeGreaterThan(0);
  await expectThirdPartyBlocked(page);

  const popup = page.waitForEvent('popup');
  await newWindow.click();
  const opened = await popup;
  await expect(opened.getByText('Answering as Evelyn Boyd')).toBeVisible(LAUNCH);
  expect(opened.url()).toContain(`${TOOL}/lti/sets/xi-jinping-in-russia#lti=`);
  expect((await platform.state(launch)).authErrors).toEqual([]);
});
