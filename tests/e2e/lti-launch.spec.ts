import type { Page } from '@playwright/test';

import { answerSomeRightSomeWrong, EXPECTED_SCORE } from './seed-answers';
import { PLATFORM, TOOL } from './support/lti-env';
import { expect, LAUNCH, readerInFrame, test, toolFrame, type Platform } from './support/lti-fixtures';

const SEED = { set: 'xi-jinping-in-russia' };

/** A student opens the link on the course page, answers some questions and submits; returns the score the page shows. */
async function answerAndSubmit(page: Page, url: string, name: string): Promise<{ given: number; maximum: number }> {
  await page.goto(url);
  const reader = readerInFrame(page);
  await expect(toolFrame(page).getByText(`Answering as ${name}`)).toBeVisible(LAUNCH);
  await reader.waitForSavedAnswers();
  await answerSomeRightSomeWrong(reader);
  await reader.submit({ anyway: true });
  await expect(reader.score()).toHaveText(EXPECTED_SCORE, LAUNCH);
  const [, given, maximum] = /^Your score: ([\d.]+) of ([\d.]+)/.exec((await reader.score().textContent()) ?? '') ?? [];
  return { given: Number(given), maximum: Number(maximum) };
}

async function scoresOf(platform: Platform, launch: { launchId: string }, userId: string) {
  return (await platform.state(launch)).scores.filter((s) => s.userId === userId);
}

test('a student launched from the course page answers, submits, and the gradebook gets exactly the score shown', async ({ page, platform }) => {
  const launch = await platform.launch({ name: 'Grace Hopper', custom: SEED, context: { id: `course-${Date.now()}`, title: 'World History 10B' } });

  const shown = await answerAndSubmit(page, launch.url, 'Grace Hopper');
  await expect(toolFrame(page).getByText('Your score was sent to World History 10B.')).toBeVisible();
  // The reader sits in the platform's frame, on another site than the course page.
  expect(page.url()).toContain(PLATFORM);
  expect(page.frame({ name: 'tool' })?.url()).toContain(`${TOOL}/lti/sets/xi-jinping-in-russia#lti=`);

  const scores = await scoresOf(platform, launch, launch.sub);
  expect(scores).toHaveLength(1);
  const [score] = scores;
  expect(score).toMatchObject({
    userId: launch.sub,
    scoreGiven: shown.given,
    scoreMaximum: shown.maximum,
    activityProgress: 'Completed',
    gradingProgress: 'FullyGraded',
    lineitem: launch.lineitem,
  });
  expect(Number.isNaN(Date.parse(score?.timestamp ?? ''))).toBe(false);
  expect(score?.comment).toEqual(expect.stringMatching(/\S/));
});

test('two students submitting on the same link: the platform is asked for one access token, used for both scores', async ({ browser, platform }) => {
  const context = { id: `course-${Date.now()}`, title: 'Civics 9' };
  const resourceLink = { id: `link-${Date.now()}`, title: 'Xi in Moscow' };
  const first = await platform.launch({ user: `ana-${Date.now()}`, name: 'Ana Lima', custom: SEED, context, resourceLink });
  const second = await platform.launch({ user: `ben-${Date.now()}`, name: 'Ben Okafor', custom: SEED, context, resourceLink });

  for (const [launch, name] of [
    [first, 'Ana Lima'],
    [second, 'Ben Okafor'],
  ] as const) {
    const student = await browser.newContext();
    const page = await student.newPage();
    await answerAndSubmit(page, launch.url, name);
    await expect(toolFrame(page).getByText('Your score was sent to Civics 9.')).toBeVisible();
    await student.close();
  }

  const state = await platform.state(first);
  const scores = state.scores.filter((s) => s.userId === first.sub || s.userId === second.sub);
  expect(scores.map((s) => s.userId)).toEqual([first.sub, second.sub]);
  // Both scores were sent with the access token of one token request.
  expect(scores[0]?.tokenRequest).toBe(scores[1]?.tokenRequest);
  expect(state.tokenLog.find((t) => t.n === scores[0]?.tokenRequest)?.ok).toBe(true);
});

test('a second submission after the graded attempt is practice: the page says so and the gradebook gets nothing more', async ({ page, platform }) => {
  const launch = await platform.launch({ name: 'Hedy Lamarr', custom: SEED, context: { id: `course-${Date.now()}`, title: 'Media Studies' } });
  await answerAndSubmit(page, launch.url, 'Hedy Lamarr');
  const tool = toolFrame(page);
  await expect(tool.getByText('Your score was sent to Media Studies.')).toBeVisible();

  const reader = readerInFrame(page);
  await tool.getByRole('button', { name: 'Try all questions again' }).click();
  await reader.type('city-xi-landed-in', 'Moscow');
  await reader.submit({ anyway: true });
  await expect(tool.getByText('Practice: your graded attempt is already recorded, so this score was not sent.')).toBeVisible(LAUNCH);
  await expect(tool.getByText('Your score was sent to Media Studies.')).toBeHidden();
  expect(await scoresOf(platform, launch, launch.sub)).toHaveLength(1);
});

test('a link the platform made no gradebook column for: the tool creates one for the set and sends the score to it', async ({ page, platform }) => {
  const launch = await platform.launch({ name: 'Joan Clarke', custom: SEED, withLineitem: false, context: { id: `course-${Date.now()}`, title: 'Reading 7' } });
  expect(launch.lineitem).toBeNull();
  expect((await platform.state(launch)).lineItems).toEqual([]);

  const shown = await answerAndSubmit(page, launch.url, 'Joan Clarke');
  await expect(toolFrame(page).getByText('Your score was sent to Reading 7.')).toBeVisible();
  const { lineItems, scores } = await platform.state(launch);
  expect(lineItems).toEqual([
    expect.objectContaining({ label: 'What China wants from Putin', scoreMaximum: shown.maximum, resourceId: 'xi-jinping-in-russia', resourceLinkId: launch.resourceLink.id }),
  ]);
  expect(scores).toEqual([expect.objectContaining({ userId: launch.sub, lineitem: lineItems[0]?.id, scoreGiven: shown.given, scoreMaximum: shown.maximum })]);
});
