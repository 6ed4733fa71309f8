import { TOOL } from './support/lti-env';
import { seriousViolations } from './support/axe';
import { expect, LAUNCH, test, toolFrame } from './support/lti-fixtures';

const SEED_TITLE = 'What China wants from Putin';

for (const data of ['with', 'without'] as const) {
  test(`a teacher adds the seed set to a course by deep linking (a request ${data} data), and the platform gets a signed link to it`, async ({ page, platform }) => {
    const launch = await platform.launch({
      name: 'Mary Jackson',
      roles: ['Instructor'],
      messageType: 'LtiDeepLinkingRequest',
      ...(data === 'without' ? { deepLinkData: null } : {}),
    });
    await page.goto(launch.url);
    const tool = toolFrame(page);

    await expect(tool.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible(LAUNCH);
    await tool.getByRole('button', { name: `Choose this set: ${SEED_TITLE}` }).click();
    await expect(tool.getByRole('heading', { name: `Deep linking received: ${SEED_TITLE}` })).toBeVisible(LAUNCH);

    const [returned, ...more] = (await platform.state(launch)).deepLinks;
    expect(more).toEqual([]);
    expect(returned?.error).toBeUndefined();
    expect(returned?.ok).toBe(true);
    expect(returned?.items).toHaveLength(1);
    expect(returned?.items?.[0]).toMatchObject({
      type: 'ltiResourceLink',
      title: SEED_TITLE,
      url: `${TOOL}/lti/launch`,
      custom: { set: 'xi-jinping-in-russia' },
      lineItem: { scoreMaximum: 45, label: SEED_TITLE, resourceId: 'xi-jinping-in-russia' },
    });
  });
}

test('the picker lists every set with what a teacher chooses by, and has no serious axe-core violations', async ({ page, platform }) => {
  const launch = await platform.launch({ name: 'Katherine Johnson', roles: ['Instructor'], messageType: 'LtiDeepLinkingRequest' });
  await page.goto(launch.topUrl);
  await expect(page.getByRole('heading', { level: 1, name: /^Choose a question set/ })).toBeVisible(LAUNCH);
  const sets = page.getByRole('list', { name: /^Question sets on “Xi Jinping in Russia/ }).getByRole('listitem');
  await expect(sets).toHaveCount(3);
  await expect(sets.filter({ hasText: SEED_TITLE })).toContainText('Grades 9–12 · 42 questions · test');
  await expect(sets.filter({ hasText: 'Xi in Moscow — graded check' })).toContainText('graded test, one attempt');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the status page for administrators says LTI is on and lists the addresses to paste, with no serious axe-core violations', async ({ page }) => {
  await page.goto(`${TOOL}/lti`);
  await expect(page.getByRole('status')).toContainText('LTI is on');
  await expect(page.getByText(`${TOOL}/lti/login`, { exact: true })).toBeVisible();
  await expect(page.getByText(`${TOOL}/lti/jwks`, { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
