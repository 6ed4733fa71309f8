import { TOOL } from './support/lti-env';
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

    await expect(tool.getByText(SEED_TITLE, { exact: true })).toBeVisible(LAUNCH);
    await tool
      .getByText(SEED_TITLE, { exact: true })
      .locator('xpath=following::button[contains(normalize-space(), "Choose this set")][1]')
      .click();
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
