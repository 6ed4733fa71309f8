import { TOOL } from './support/lti-env';
import { expect, LAUNCH, STACK_TRACE, test } from './support/lti-fixtures';

/** The id_token and state the platform issued for a held launch, as its auto-posting form carries them. */
async function issuedFields(replayUrl: string): Promise<Record<string, string>> {
  const html = await (await fetch(replayUrl)).text();
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields[name as string] = (value as string).replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return fields;
}

test('a login’s proof, posted in a form from another browser where the platform offered no storage, does not bind the launch to that browser', async ({ page, browser, platform }) => {
  // Someone starts a login in their own browser, which holds its proof in a cookie…
  const launch = await platform.launch({ custom: { set: 'xi-jinping-in-russia' }, hold: true });
  await page.goto(launch.topUrl);
  await expect(page.getByText('The platform is holding this launch.')).toBeVisible(LAUNCH);
  const binding = (await page.context().cookies(`${TOOL}/lti/launch`)).find((c) => c.name.startsWith('lti_state_'));
  expect(binding?.value).toBeTruthy();
  const { id_token: idToken, state } = await issuedFields(launch.replayUrl);
  expect(idToken && state).toBeTruthy();

  // …and makes another student's browser post the launch with that proof in the form, as the postMessage storage page would.
  const other = await browser.newContext();
  const victim = await other.newPage();
  await victim.goto(`${TOOL}/lti/jwks`);
  await victim.setContent(`<form method="post" action="${TOOL}/lti/launch">
    <input name="id_token" value="${idToken}"><input name="state" value="${state}"><input name="lti_storage_binding" value="${binding?.value}">
    <button>Post</button></form>`);
  await victim.getByRole('button', { name: 'Post' }).click();
  await expect(victim.getByRole('heading', { name: 'This launch was refused' })).toBeVisible();
  await expect(victim.locator('body')).toContainText(/browser/i);
  expect(await victim.content()).not.toMatch(STACK_TRACE);
  await other.close();
});
